"""``hearth-vacancies``: serve the service, or migrate or check its database."""

from hearth_kit.command import service_command

from hearth_vacancies.app import MIGRATIONS
from hearth_vacancies.settings import VacanciesSettings

main = service_command(
    "vacancies", VacanciesSettings, MIGRATIONS, "hearth_vacancies.app:create_app"
)

if __name__ == "__main__":
    main()
