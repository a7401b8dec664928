"""hearth: run Hearth on this machine, and the chores around it."""

from __future__ import annotations

import signal
import threading
from pathlib import Path
from typing import Annotated

import typer
from hearth_contract.auth import CallerKind

from hearth_cli import runner
from hearth_cli.mail_sink import DEFAULT_PORT as DEFAULT_MAIL_PORT
from hearth_cli.mail_sink import MailSink
from hearth_cli.seed import seed_rate_cards, seed_referrals, seed_vacancies
from hearth_cli.services import SERVICES
from hearth_cli.tokens import DEMO_CALLERS, local_token

app = typer.Typer(
    help="Run Hearth locally: every service, with demo data, on 127.0.0.1.",
    no_args_is_help=True,
    add_completion=False,
)
VarDir = Annotated[
    Path, typer.Option("--var-dir", help="Where local databases and the signing key live.")
]


@app.command()
def run(
    var_dir: VarDir = Path("var"),
    seed: Annotated[bool, typer.Option(help="Load demo data when the system is empty.")] = True,
    exit_after_start: Annotated[
        bool, typer.Option(help="Start, seed, print, then stop (for checks).", hidden=True)
    ] = False,
) -> None:
    """Migrate, seed demo data when empty, start every service; Ctrl-C stops them all."""
    var_dir = var_dir.resolve()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    services: list[runner.ServiceProcess] = []
    sink: MailSink | None = None
    try:
        typer.echo("Migrations:")
        for summary in runner.migrate_all(var_dir):
            typer.echo(f"  {summary}")
        sink = _start_mail_sink(var_dir)
        typer.echo("Services:")
        services = runner.start_all(var_dir, env=_mail_env(sink))
        for ready in runner.wait_ready(services):
            typer.echo(f"  {ready.spec.name}: ready on {ready.spec.url}")
        if seed:
            typer.echo("Demo data:")
            _seed(var_dir)
        _print_welcome(var_dir)
        if not exit_after_start:
            typer.echo("Press Ctrl-C to stop. The services' logs follow.\n")
            for service in services:
                service.show_output()
            while not stop.wait(0.5):
                if any(s.process.poll() is not None for s in services):
                    typer.echo("A service stopped unexpectedly; stopping the rest.", err=True)
                    break
    except runner.ServiceFailed as failure:
        typer.echo(failure.output, err=True, nl=False)
        typer.echo(f"\n{failure}", err=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        typer.echo("")
    finally:
        if services:
            typer.echo("Stopping...")
            runner.stop_all(services)
            typer.echo("Stopped.")
        if sink is not None:
            sink.stop()


def _start_mail_sink(var_dir: Path) -> MailSink:
    """The SMTP sink every email goes to in a local run (nothing leaves the machine)."""
    directory = var_dir / "mail"
    try:
        sink = MailSink(directory).start()
    except OSError as exc:
        raise runner.ServiceFailed(
            f"mail sink: cannot listen on 127.0.0.1:{DEFAULT_MAIL_PORT} ({exc})", ""
        ) from exc
    typer.echo("Mail:")
    typer.echo(f"  SMTP sink on 127.0.0.1:{sink.port}; every message is kept in {directory}/")
    typer.echo(f"  read one with: less {directory}/<file>.eml (or open it in a mail client)")
    return sink


def _mail_env(sink: MailSink) -> dict[str, str]:
    return {
        "OFFERS_SMTP_HOST": "127.0.0.1",
        "OFFERS_SMTP_PORT": str(sink.port),
        "OFFERS_SMTP_SECURITY": "none",
    }


def _seed(var_dir: Path) -> None:
    sent = seed_referrals(SERVICES[0].url, var_dir)
    typer.echo(f"  {sent} referrals sent" if sent else "  referrals: already there")
    opened = seed_vacancies(SERVICES[1].url, var_dir)
    typer.echo(f"  {opened} vacancies opened" if opened else "  vacancies: already there")
    cards = seed_rate_cards(SERVICES[3].url, var_dir)
    typer.echo(f"  {cards} rate cards added" if cards else "  rate cards: already there")


def _print_welcome(var_dir: Path) -> None:
    typer.echo("\nHearth is running:")
    for spec in SERVICES:
        typer.echo(f"  {spec.name:<11} {spec.url}   docs: {spec.url}/docs")
    typer.echo("\nDemo tokens (valid 12 hours; send as 'Authorization: Bearer <token>'):")
    for label, kind, tenant, scopes in DEMO_CALLERS:
        typer.echo(f"\n  {label}  [{' '.join(scopes)}]")
        typer.echo(f"  {local_token(var_dir, kind, tenant, scopes)}")
    typer.echo("")


@app.command()
def token(
    kind: Annotated[CallerKind, typer.Option(help="Kind of caller.")],
    scope: Annotated[list[str], typer.Option(help="A scope to grant (repeat for more).")],
    tenant: Annotated[
        str | None, typer.Option(help="LA code (e.g. E10000016) or agency id; none for services.")
    ] = None,
    subject: Annotated[str, typer.Option(help="Who the token is for.")] = "local-user",
    lifetime: Annotated[int, typer.Option(help="Seconds the token is valid.")] = 3600,
    var_dir: VarDir = Path("var"),
) -> None:
    """Mint a local access token (trusted only by services run with the same var/)."""
    if kind is not CallerKind.SERVICE and not tenant:
        raise typer.BadParameter("give --tenant for la, agency and partner tokens")
    typer.echo(local_token(var_dir.resolve(), kind, tenant, scope, subject, lifetime))


@app.command()
def migrate(var_dir: VarDir = Path("var")) -> None:
    """Bring every service's local database up to date."""
    try:
        for summary in runner.migrate_all(var_dir.resolve()):
            typer.echo(summary)
    except runner.ServiceFailed as failure:
        typer.echo(failure.output, err=True, nl=False)
        typer.echo(f"\n{failure}", err=True)
        raise typer.Exit(1) from None


@app.command()
def seed(var_dir: VarDir = Path("var")) -> None:
    """Load demo data into running services (when they are empty)."""
    sent = seed_referrals(SERVICES[0].url, var_dir.resolve())
    typer.echo(f"{sent} referrals sent." if sent else "Already seeded.")
    opened = seed_vacancies(SERVICES[1].url, var_dir.resolve())
    typer.echo(f"{opened} vacancies opened." if opened else "Vacancies already seeded.")
    cards = seed_rate_cards(SERVICES[3].url, var_dir.resolve())
    typer.echo(f"{cards} rate cards added." if cards else "Rate cards already seeded.")


if __name__ == "__main__":
    app()
