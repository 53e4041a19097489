"""The « as of » day of the documents, against the real day (DATE-01).

The « as of » day is `--date`, else `date_edition`, else today (read by the CLI, the only place
that reads the clock). A day after today would date letters weeks ahead, compute interest that has
not run yet and count deadlines from a day still to come: `build` refuses it unless `--futur` says
it is meant (exit 2, in the CLI), `check` and `plan` warn. With `--futur`, the finding stays in the
report as an information.
"""

from __future__ import annotations

from datetime import date

from dossier.findings import Constat, Severite, constat
from dossier.francais import date_longue
from dossier.model.claim import Creance


def constat_jour_futur(
    creance: Creance, jour: date, aujourd_hui: date | None, date_cli: bool, futur: bool = False
) -> Constat | None:
    """DATE-01 when `jour` is after `aujourd_hui`; `date_cli`: the day came from --date."""
    if aujourd_hui is None or jour <= aujourd_hui:
        return None
    source = "--date" if date_cli else "date_edition"
    ecart = (jour - aujourd_hui).days
    return constat(
        "DATE-01",
        f"le jour « arrêté au » ({source}) est le {date_longue(jour)}, dans {ecart} jour"
        f"{'s' if ecart > 1 else ''} : les documents seraient datés du futur",
        ou=None if date_cli else creance.position("date_edition"),
        que_faire=(
            "Documents datés du futur à votre demande (--futur) : ne les envoyez pas avant cette date."
            if futur
            else f"Retirez {source} pour dater d'aujourd'hui ({date_longue(aujourd_hui)}), ou donnez un "
            "jour passé ; pour préparer des documents à l'avance, ajoutez --futur à build."
        ),
        severite=Severite.INFO if futur else None,
    )
