"""The deployment files are valid and keep the promises the services rely on.

Nothing here needs a network, a Docker engine or a cluster: the Compose file is
checked against the Compose Specification schema that check-jsonschema ships, and
the Kubernetes manifests against the schemas that kubernetes-validate ships.
"""

from __future__ import annotations

import copy
import importlib.resources
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml
from hearth_kit.settings import ServiceSettings
from pydantic_settings import SettingsConfigDict

REPO = Path(__file__).resolve().parents[2]
COMPOSE_FILE = REPO / "docker-compose.yml"
POSTGRES_INIT = REPO / "deploy" / "compose" / "postgres-init"
DOCKERFILE = REPO / "deploy" / "Dockerfile"
SERVICES = sorted(path.parent.name for path in REPO.glob("services/*/pyproject.toml"))
K8S = REPO / "deploy" / "k8s"
KUSTOMIZATIONS = {"base": K8S / "base", "production": K8S / "overlays" / "production"}

# The oldest Kubernetes release the manifests must be accepted by (preStop sleep
# is GA from 1.34); validated with the strict schemas (no unknown fields).
KUBERNETES_VERSION = "1.35"

REQUIRED_VARIABLE = re.compile(r"\$\{[A-Z][A-Z0-9_]*:\?[^}]+\}")
SECRET_NAME = re.compile(r"PASSWORD|SECRET|TOKEN|PRIVATE_KEY|API_KEY")
URL_PASSWORD = re.compile(r"^[a-z0-9+]+://[^:/@]+:(?P<password>.+)@[^@]+$")


class StrictLoader(yaml.SafeLoader):
    """Refuses duplicate keys, as Compose and kubectl do; YAML would keep the last."""

    def construct_mapping(self, node, deep=False):
        keys = [
            self.construct_object(key, deep=deep)
            for key, _ in node.value
            if key.tag != "tag:yaml.org,2002:merge"
        ]
        if duplicates := sorted({str(key) for key in keys if keys.count(key) > 1}):
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate keys {duplicates}", node.start_mark
            )
        return super().construct_mapping(node, deep=deep)


def load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(), Loader=StrictLoader)


def load_yaml_documents(path: Path) -> list[dict[str, Any]]:
    documents = yaml.load_all(path.read_text(), Loader=StrictLoader)
    return [document for document in documents if document]


# ---------------------------------------------------------------- Compose


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return load_yaml(COMPOSE_FILE)


def compose_specification() -> dict[str, Any]:
    """The Compose Specification JSON schema, as vendored by check-jsonschema."""
    vendored = importlib.resources.files("check_jsonschema.builtin_schemas.vendor")
    return json.loads(vendored.joinpath("compose-spec.json").read_text())


def is_one_shot(service: dict[str, Any]) -> bool:
    return service.get("command", [None])[-1] == "migrate"


def app_services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The Hearth services that run continuously (built from this repository)."""
    return {
        name: service
        for name, service in compose["services"].items()
        if "build" in service and not is_one_shot(service)
    }


def environment_of(service: dict[str, Any]) -> dict[str, str]:
    environment = service.get("environment", {})
    if isinstance(environment, list):
        environment = dict(item.split("=", 1) for item in environment)
    return {key: str(value) for key, value in environment.items()}


def interpolate(value: str, variables: dict[str, str]) -> str:
    return re.sub(r"\$\{([A-Z][A-Z0-9_]*)(?::[?-][^}]*)?\}", lambda m: variables[m.group(1)], value)


def settings_class(prefix: str) -> type[ServiceSettings]:
    class DeployedSettings(ServiceSettings):
        model_config = SettingsConfigDict(env_prefix=prefix)

    return DeployedSettings


def read_init_scripts() -> str:
    return "\n".join(path.read_text() for path in sorted(POSTGRES_INIT.glob("*.sql")))


class TestComposeFile:
    def test_matches_the_compose_specification(self, compose):
        schema = compose_specification()
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
        errors = [
            f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
            for error in validator_class(schema).iter_errors(compose)
        ]
        assert errors == []

    def test_every_service_has_a_healthcheck(self, compose):
        for name, service in compose["services"].items():
            healthcheck = service.get("healthcheck")
            assert healthcheck, f"{name} has no healthcheck"
            if is_one_shot(service):
                continue
            assert not healthcheck.get("disable"), f"{name} disables its healthcheck"
            assert healthcheck["test"], f"{name} has an empty healthcheck"

    def test_postgres_is_healthy_only_when_it_accepts_connections(self, compose):
        assert "pg_isready" in " ".join(compose["services"]["postgres"]["healthcheck"]["test"])

    def test_each_service_starts_after_its_migration_and_a_healthy_database(self, compose):
        assert app_services(compose), "no Hearth service in the Compose file"
        for name, service in app_services(compose).items():
            depends_on = service["depends_on"]
            assert depends_on["postgres"]["condition"] == "service_healthy", name
            assert depends_on[f"{name}-migrate"]["condition"] == (
                "service_completed_successfully"
            ), name

    def test_each_migration_is_a_one_shot_of_the_same_image(self, compose):
        for name, service in app_services(compose).items():
            migrate = compose["services"][f"{name}-migrate"]
            assert migrate["command"] == [f"hearth-{name}", "migrate"]
            assert migrate["image"] == service["image"]
            assert migrate["restart"] == "no"
            assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"

    def test_each_service_serves_on_its_port_published_to_localhost_only(self, compose):
        for name, service in app_services(compose).items():
            port = service["command"][service["command"].index("--port") + 1]
            assert service["ports"] == [f"127.0.0.1:{port}:{port}"], name

    def test_secrets_are_required_variables_never_values(self, compose):
        for name, service in compose["services"].items():
            for key, value in environment_of(service).items():
                if SECRET_NAME.search(key) and not key.endswith("_FILE"):
                    assert REQUIRED_VARIABLE.fullmatch(value), f"{name}: {key} is not ${{VAR:?}}"
                if match := URL_PASSWORD.match(value):
                    assert REQUIRED_VARIABLE.fullmatch(match["password"]), f"{name}: {key}"
        for name, secret in compose.get("secrets", {}).items():
            source = secret.get("file") or secret.get("environment")
            assert REQUIRED_VARIABLE.fullmatch(source), f"secret {name} is not ${{VAR:?}}"

    def test_secret_files_are_mounted_where_the_settings_look(self, compose):
        for name, service in app_services(compose).items():
            mounted = {f"/run/secrets/{secret}" for secret in service.get("secrets", [])}
            for key, value in environment_of(service).items():
                if key.endswith("_FILE"):
                    assert value in mounted, f"{name}: {key}={value} is not a mounted secret"

    def test_each_service_database_is_created_on_first_start(self, compose):
        created = set(re.findall(r"CREATE DATABASE (\w+);", read_init_scripts()))
        for name, service in app_services(compose).items():
            url = environment_of(service)[f"{name.upper()}_DATABASE_URL"]
            assert url.rsplit("/", 1)[1] in created, name

    def test_the_production_settings_accept_the_environment(self, compose, monkeypatch):
        for name, service in app_services(compose).items():
            prefix = f"{name.upper()}_"
            variables = {
                variable: "https://placeholder.example"
                if variable.endswith("_URL")
                else "placeholder"
                for variable in re.findall(r"\$\{([A-Z][A-Z0-9_]*)", json.dumps(service))
            }
            for key, value in environment_of(service).items():
                monkeypatch.setenv(key, interpolate(value, variables))
            settings = settings_class(prefix)(_env_file=None)
            assert settings.environment == "production"
            assert settings.database_url.startswith("postgresql+asyncpg://")


# ---------------------------------------------------------------- Dockerfiles


def dockerfile_instructions(path: Path) -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", path.read_text())
    instructions = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            instructions.append((keyword.upper(), rest.strip()))
    return instructions


class TestDockerfile:
    """One parameterised Dockerfile builds every service's image."""

    @pytest.fixture
    def instructions(self) -> list[tuple[str, str]]:
        return dockerfile_instructions(DOCKERFILE)

    def test_compose_builds_every_service_from_it_at_the_root(self, compose):
        built = {
            name: service["build"]
            for name, service in compose["services"].items()
            if "build" in service and not is_one_shot(service)
        }
        assert sorted(built) == SERVICES
        for name, build in built.items():
            assert build["context"] == "."
            assert build["dockerfile"] == "deploy/Dockerfile"
            assert build["args"]["SERVICE"] == name
            serve = compose["services"][name]["command"]
            assert build["args"]["PORT"] == serve[serve.index("--port") + 1]

    def test_there_are_no_per_service_dockerfiles(self):
        assert list(REPO.glob("services/*/Dockerfile")) == []

    def test_dependencies_are_synced_before_the_source_is_copied(self, instructions):
        steps = [rest for keyword, rest in instructions if keyword in {"RUN", "COPY"}]
        dependencies = next(i for i, s in enumerate(steps) if "--no-install-workspace" in s)
        source = next(i for i, s in enumerate(steps) if s.startswith("services/${SERVICE}"))
        assert steps[dependencies - 1] == "pyproject.toml uv.lock ./"
        assert dependencies < source
        assert "--frozen" in steps[dependencies]
        assert "--no-dev" in steps[dependencies]

    def test_the_final_stage_runs_as_a_numeric_non_root_user(self, instructions):
        final_stage = instructions[max(i for i, (k, _) in enumerate(instructions) if k == "FROM") :]
        user = [rest for keyword, rest in final_stage if keyword == "USER"]
        assert user, "the final stage has no USER"
        assert re.fullmatch(r"[1-9]\d*(:\d+)?", user[-1])

    def test_it_serves_exposes_and_checks_the_build_argument_port(self, instructions):
        last = {keyword: rest for keyword, rest in instructions}
        command = json.loads(last["CMD"])
        assert command[:2] == ["sh", "-c"]
        assert 'exec "hearth-${HEARTH_SERVICE}" serve' in command[2]
        assert '--port "${HEARTH_PORT}"' in command[2]
        assert last["EXPOSE"] == "${PORT}"
        assert "HEARTH_PORT=${PORT}" in last["ENV"]
        assert "127.0.0.1:{os.environ['HEARTH_PORT']}/livez" in last["HEALTHCHECK"]


# ---------------------------------------------------------------- Kubernetes

# Enough of kustomize for these files; test_render_matches_kustomize checks it
# against the real thing where kubectl is installed.
SUPPORTED_FIELDS = {"apiVersion", "kind", "namespace", "resources", "images", "patches"}
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding"}
LISTS_MERGED_BY_NAME = {"containers", "initContainers", "env", "volumes"}


def render(directory: Path) -> list[dict[str, Any]]:
    """Build a kustomization: its resources, then its patches, namespace and images."""
    kustomization = load_yaml(directory / "kustomization.yaml")
    unsupported = set(kustomization) - SUPPORTED_FIELDS
    assert not unsupported, f"{directory}: render() does not implement {unsupported}"
    resources: list[dict[str, Any]] = []
    for entry in kustomization.get("resources", []):
        path = directory / entry
        resources += render(path) if path.is_dir() else load_yaml_documents(path)
    for patch in kustomization.get("patches", []):
        assert set(patch) == {"path"}, f"{directory}: only patch files are implemented"
        apply_patch(resources, load_yaml(directory / patch["path"]))
    if namespace := kustomization.get("namespace"):
        for resource in resources:
            if resource["kind"] not in CLUSTER_SCOPED:
                resource["metadata"]["namespace"] = namespace
    for image in kustomization.get("images", []):
        for container in containers_of_all(resources):
            set_image(container, image)
    return resources


def apply_patch(resources: list[dict[str, Any]], patch: dict[str, Any]) -> None:
    def identity(resource: dict[str, Any]) -> tuple[str, str, str]:
        return resource["apiVersion"], resource["kind"], resource["metadata"]["name"]

    for index, resource in enumerate(resources):
        if identity(resource) == identity(patch):
            resources[index] = strategic_merge(resource, patch)
            return
    raise AssertionError(f"the patch for {identity(patch)} fits no resource")


def strategic_merge(base: Any, patch: Any, key: str = "") -> Any:
    if isinstance(base, dict) and isinstance(patch, dict):
        merged = copy.deepcopy(base)
        for name, value in patch.items():
            merged[name] = strategic_merge(base[name], value, name) if name in base else value
        return merged
    if isinstance(base, list) and isinstance(patch, list) and key in LISTS_MERGED_BY_NAME:
        merged = copy.deepcopy(base)
        names = [item["name"] for item in merged]
        for item in patch:
            if item["name"] in names:
                position = names.index(item["name"])
                merged[position] = strategic_merge(merged[position], item)
            else:
                merged.append(item)
        return merged
    return copy.deepcopy(patch)


def containers_of_all(resources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for resource in resources:
        if pod := pod_spec(resource):
            found += pod.get("initContainers", []) + pod["containers"]
    return found


def set_image(container: dict[str, Any], image: dict[str, str]) -> None:
    name = re.split(r"[:@]", container["image"].rsplit("/", 1)[-1])[0]
    prefix = container["image"].rsplit("/", 1)[0] + "/" if "/" in container["image"] else ""
    if prefix + name != image["name"]:
        return
    container["image"] = image.get("newName", image["name"])
    if "newTag" in image:
        container["image"] += f":{image['newTag']}"
    if "digest" in image:
        container["image"] += f"@{image['digest']}"


def pod_spec(resource: dict[str, Any]) -> dict[str, Any] | None:
    if resource["kind"] in {"Deployment", "StatefulSet", "DaemonSet", "Job"}:
        return resource["spec"]["template"]["spec"]
    return None


def of_kind(resources: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [resource for resource in resources if resource["kind"] == kind]


def matches(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return selector.items() <= labels.items()


@pytest.fixture(scope="module", params=sorted(KUSTOMIZATIONS))
def rendered(request) -> list[dict[str, Any]]:
    return render(KUSTOMIZATIONS[request.param])


@pytest.fixture(scope="module")
def production() -> list[dict[str, Any]]:
    return render(KUSTOMIZATIONS["production"])


class TestKubernetesManifests:
    def test_every_manifest_is_valid_for_kubernetes(self, rendered):
        assert KUBERNETES_VERSION in {
            kubernetes_validate.utils.major_minor(v)
            for v in kubernetes_validate.utils.all_versions()
        }
        errors = []
        for resource in rendered:
            try:
                kubernetes_validate.validate(resource, KUBERNETES_VERSION, strict=True)
            except kubernetes_validate.ValidationError as error:
                path = "/".join(map(str, error.path))
                errors.append(
                    f"{resource['kind']}/{resource['metadata']['name']}: {path}: {error.message}"
                )
        assert errors == []

    def test_secrets_are_referenced_never_stored(self, rendered):
        assert of_kind(rendered, "Secret") == []
        for config_map in of_kind(rendered, "ConfigMap"):
            secret_keys = [key for key in config_map["data"] if SECRET_NAME.search(key)]
            assert secret_keys == [], config_map["metadata"]["name"]

    def test_every_resource_is_in_the_namespace(self, rendered):
        (namespace,) = of_kind(rendered, "Namespace")
        for resource in rendered:
            if resource["kind"] != "Namespace":
                assert resource["metadata"]["namespace"] == namespace["metadata"]["name"]


class TestDeployments:
    def test_each_has_startup_liveness_and_readiness_probes(self, rendered):
        for deployment in of_kind(rendered, "Deployment"):
            for container in deployment["spec"]["template"]["spec"]["containers"]:
                port_names = {port["name"] for port in container["ports"]}
                probes = {
                    probe: container[probe]["httpGet"]
                    for probe in ("startupProbe", "livenessProbe", "readinessProbe")
                }
                assert {probe: get["path"] for probe, get in probes.items()} == {
                    "startupProbe": "/livez",
                    "livenessProbe": "/livez",
                    "readinessProbe": "/readyz",
                }
                assert {get["port"] for get in probes.values()} <= port_names

    def test_each_container_has_requests_and_limits(self, rendered):
        for resource in rendered:
            for container in (pod_spec(resource) or {}).get("containers", []):
                resources = container["resources"]
                assert {"cpu", "memory"} <= resources["requests"].keys(), container["name"]
                assert "memory" in resources["limits"], container["name"]

    def test_each_pod_runs_as_non_root_on_a_read_only_filesystem(self, rendered):
        for resource in rendered:
            if not (pod := pod_spec(resource)):
                continue
            assert pod["securityContext"]["runAsNonRoot"] is True
            assert pod["securityContext"]["runAsUser"] > 0
            assert pod["automountServiceAccountToken"] is False
            for container in pod["containers"]:
                context = container["securityContext"]
                assert context["readOnlyRootFilesystem"] is True, container["name"]
                assert context["allowPrivilegeEscalation"] is False, container["name"]
                assert context["capabilities"]["drop"] == ["ALL"], container["name"]

    def test_shutdown_waits_for_deregistration_then_the_graceful_stop(self, rendered):
        uvicorn_graceful_shutdown_seconds = 20
        for deployment in of_kind(rendered, "Deployment"):
            pod = deployment["spec"]["template"]["spec"]
            for container in pod["containers"]:
                sleep = container["lifecycle"]["preStop"]["sleep"]["seconds"]
                assert sleep >= 5
                assert pod["terminationGracePeriodSeconds"] > (
                    sleep + uvicorn_graceful_shutdown_seconds
                )

    def test_the_replica_count_is_left_to_the_autoscaler(self, rendered):
        for deployment in of_kind(rendered, "Deployment"):
            assert "replicas" not in deployment["spec"]


def deployment_named(resources: list[dict[str, Any]], name: str) -> dict[str, Any]:
    (deployment,) = [d for d in of_kind(resources, "Deployment") if d["metadata"]["name"] == name]
    return deployment


def names(container: dict[str, Any]) -> set[str]:
    return {variable["name"] for variable in container.get("env", [])}


class TestCompanions:
    def test_each_migration_job_runs_migrate_with_the_deployment_image(self, rendered):
        jobs = of_kind(rendered, "Job")
        assert len(jobs) == len(of_kind(rendered, "Deployment"))
        for job in jobs:
            service = job["metadata"]["name"].removesuffix("-migrate")
            (migrate,) = job["spec"]["template"]["spec"]["containers"]
            (server,) = deployment_named(rendered, service)["spec"]["template"]["spec"][
                "containers"
            ]
            assert migrate["command"] == [f"hearth-{service}", "migrate"]
            assert migrate["image"] == server["image"]
            assert migrate["env"] == [e for e in server["env"] if e["name"] in names(migrate)]
            assert job["spec"]["template"]["spec"]["restartPolicy"] == "Never"

    def test_each_service_sends_to_the_deployment_port(self, rendered):
        for service in of_kind(rendered, "Service"):
            deployment = deployment_named(rendered, service["metadata"]["name"])
            template = deployment["spec"]["template"]
            assert matches(service["spec"]["selector"], template["metadata"]["labels"])
            port_names = {p["name"] for c in template["spec"]["containers"] for p in c["ports"]}
            assert {port["targetPort"] for port in service["spec"]["ports"]} <= port_names

    def test_each_autoscaler_scales_a_deployment(self, rendered):
        for autoscaler in of_kind(rendered, "HorizontalPodAutoscaler"):
            target = autoscaler["spec"]["scaleTargetRef"]
            assert (target["apiVersion"], target["kind"]) == ("apps/v1", "Deployment")
            deployment_named(rendered, target["name"])
            assert autoscaler["spec"]["minReplicas"] >= 2

    def test_each_disruption_budget_selects_the_deployment_pods_only(self, rendered):
        for budget in of_kind(rendered, "PodDisruptionBudget"):
            deployment = deployment_named(rendered, budget["metadata"]["name"])
            selector = budget["spec"]["selector"]["matchLabels"]
            assert selector == deployment["spec"]["selector"]["matchLabels"]
            for job in of_kind(rendered, "Job"):
                assert not matches(selector, job["spec"]["template"]["metadata"]["labels"])

    def test_each_deployment_has_an_autoscaler_budget_and_network_policy(self, rendered):
        for deployment in of_kind(rendered, "Deployment"):
            name = deployment["metadata"]["name"]
            for kind in ("Service", "HorizontalPodAutoscaler", "PodDisruptionBudget"):
                assert name in {r["metadata"]["name"] for r in of_kind(rendered, kind)}, kind
            labels = deployment["spec"]["template"]["metadata"]["labels"]
            assert any(
                matches(policy["spec"]["podSelector"]["matchLabels"], labels)
                for policy in of_kind(rendered, "NetworkPolicy")
            ), name

    def test_network_policies_admit_the_service_port_and_let_out_postgres_redis_and_dns(
        self, rendered
    ):
        for policy in of_kind(rendered, "NetworkPolicy"):
            deployment = deployment_named(rendered, policy["metadata"]["name"])
            (container,) = deployment["spec"]["template"]["spec"]["containers"]
            service_ports = {("TCP", p["containerPort"]) for p in container["ports"]}
            assert policy["spec"]["policyTypes"] == ["Ingress", "Egress"]
            ingress_ports = {
                (p["protocol"], p["port"])
                for rule in policy["spec"]["ingress"]
                for p in rule["ports"]
            }
            egress_ports = {
                (p["protocol"], p["port"])
                for rule in policy["spec"]["egress"]
                if not _to_a_peer(rule)
                for p in rule["ports"]
            }
            assert ingress_ports == service_ports
            assert all(rule.get("from") for rule in policy["spec"]["ingress"])
            calls_peers = any(
                e["name"].endswith("_SERVICE_CLIENT_SECRET") for e in container.get("env", [])
            )
            # PostgreSQL, Redis (shared rate-limit counts) and DNS.
            expected = {("TCP", 5432), ("TCP", 6379), ("UDP", 53), ("TCP", 53)}
            if calls_peers:  # the identity provider's token endpoint, for client credentials
                expected.add(("TCP", 443))
            assert egress_ports == expected
            for rule in policy["spec"]["egress"]:
                if _to_a_peer(rule):  # another Hearth service, on that service's own port only
                    (peer,) = rule["to"]
                    name = peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"]
                    (peer_container,) = deployment_named(rendered, name)["spec"]["template"][
                        "spec"
                    ]["containers"]
                    peer_ports = {("TCP", p["containerPort"]) for p in peer_container["ports"]}
                    assert {(p["protocol"], p["port"]) for p in rule["ports"]} == peer_ports


def _to_a_peer(rule: dict[str, Any]) -> bool:
    """An egress rule to the pods of one other Hearth service (no namespace, no IP block)."""
    targets = rule.get("to") or []
    return len(targets) == 1 and set(targets[0]) == {"podSelector"}


class TestProductionOverlay:
    def test_images_are_pinned_to_a_release(self, production):
        for container in containers_of_all(production):
            assert re.fullmatch(r"[a-z0-9.-]+(:\d+)?/[a-z0-9/._-]+:[\w.-]+", container["image"])
            assert not container["image"].endswith(":latest")

    def test_the_database_url_comes_from_the_managed_postgresql_secret(self, production):
        for resource in production:
            for container in (pod_spec(resource) or {}).get("containers", []):
                (url,) = [e for e in container["env"] if e["name"].endswith("_DATABASE_URL")]
                assert url["valueFrom"]["secretKeyRef"]["name"] == "hearth-managed-postgresql"

    def test_the_production_settings_accept_the_configuration(self, production, monkeypatch):
        config_maps = {c["metadata"]["name"]: c["data"] for c in of_kind(production, "ConfigMap")}
        for deployment in of_kind(production, "Deployment"):
            pod = deployment["spec"]["template"]["spec"]
            (container,) = pod["containers"]
            for source in container["envFrom"]:
                for key, value in config_maps[source["configMapRef"]["name"]].items():
                    monkeypatch.setenv(key, value)
            for variable in container["env"]:  # secrets: only their presence can be checked
                placeholder = "postgresql+asyncpg://user:password@postgresql.example/db"
                monkeypatch.setenv(variable["name"], placeholder)
            prefix = deployment["metadata"]["name"].upper() + "_"
            settings = settings_class(prefix)(_env_file=None)
            assert settings.environment == "production"
            key_file = settings.jwt_jwks_file or settings.jwt_public_key_file
            secret_mounts = {
                mount["mountPath"]
                for mount in container["volumeMounts"]
                if "secret" in next(v for v in pod["volumes"] if v["name"] == mount["name"])
            }
            assert str(key_file.parent) in secret_mounts


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not installed")
@pytest.mark.parametrize("name", sorted(KUSTOMIZATIONS))
def test_render_matches_kustomize(name):
    output = subprocess.run(
        ["kubectl", "kustomize", str(KUSTOMIZATIONS[name])],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout

    def by_id(resources):
        return {(r["kind"], r["metadata"]["name"]): r for r in resources}

    assert by_id(render(KUSTOMIZATIONS[name])) == by_id(yaml.safe_load_all(output))
