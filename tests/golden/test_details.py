"""Details a professional would correct (issue 22), read back from the samples' PDFs.

- A payment date a letter gives falls on a business day: the relance 2's « au plus tard le … »,
  moved past a Saturday, a Sunday or a public holiday, as the plan's instalments are.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import holidays

from tests.golden.echantillons import MOIS, Paquet, jour

DELAI_RELANCE_2 = 15  # days, law/procedure/cadence.yaml (practice, not law)
_DATE = re.compile(r"au plus tard le (\d{1,2}|1er) (" + "|".join(MOIS) + r") (\d{4})")


def _ouvre(jour_: date) -> bool:
    return jour_.weekday() < 5 and jour_ not in holidays.country_holidays("FR", years=jour_.year)


def _premier_ouvre(jour_: date) -> date:
    while not _ouvre(jour_):
        jour_ += timedelta(days=1)
    return jour_


def test_la_date_de_paiement_de_la_relance_2_est_un_jour_ouvre(paquets: dict[str, Paquet]) -> None:
    vues = []
    for paquet in paquets.values():
        for courrier in paquet.claim.get("courriers", []):
            if courrier["type"] != "relance_2" or "relance-2.pdf" not in paquet.fichiers:
                continue
            m = _DATE.search(paquet.texte("relance-2.pdf"))
            assert m, paquet.echantillon
            jour_du_texte = date(int(m[3]), MOIS.index(m[2]) + 1, 1 if m[1] == "1er" else int(m[1]))
            prevu = jour(courrier["date"]) + timedelta(days=DELAI_RELANCE_2)
            assert jour_du_texte == _premier_ouvre(prevu), paquet.echantillon
            vues.append(prevu != jour_du_texte)
    # the samples hold deadlines on a business day and on a Saturday (agence-mandat, injonction-b2b)
    assert True in vues and False in vues
