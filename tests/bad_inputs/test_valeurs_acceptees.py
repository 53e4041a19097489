"""What must be accepted, exactly as written: no implicit conversion, no silent reinterpretation.

The strict loader keeps every scalar as the user's text; only each field's own type interprets
it. So `01000` stays "01000", and `no`, `on`, `0012`, `1.10` stay text where a text is expected.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from dossier.model import Creance, charger, lire

BASE = (Path(__file__).parent / "base_claim.yaml").read_text(encoding="utf-8")


def remplacer(ancien: str, nouveau: str) -> str:
    assert BASE.count(ancien) == 1, ancien
    return BASE.replace(ancien, nouveau)


@pytest.mark.parametrize(
    ("ancien", "nouveau", "lecture", "attendu"),
    [
        # a postal code with a leading zero, unquoted, keeps its zero (a YAML 1.1 reader would say 1000)
        (
            '    code_postal: "69003"',
            "    code_postal: 01000",
            lambda c: c.creancier.adresse.code_postal,
            "01000",
        ),
        (
            '    code_postal: "69003"',
            "    code_postal: 69003",
            lambda c: c.creancier.adresse.code_postal,
            "69003",
        ),
        # YAML 1.1 booleans are plain words where a text is expected
        ("  forme: SARL", "  forme: no", lambda c: c.creancier.forme, "no"),
        ("  forme: SARL", "  forme: yes", lambda c: c.creancier.forme, "yes"),
        (
            '    ville: "Lyon"\n  contact',
            "    ville: on\n  contact",
            lambda c: c.creancier.adresse.ville,
            "on",
        ),
        # numbers and dates written without quotes in a text stay the text written
        ('telephone: "04 72 00 00 00"', "telephone: 0012", lambda c: c.creancier.contact.telephone, "0012"),
        ('reference: "2026-0142"', "reference: 2026-0142", lambda c: c.reference, "2026-0142"),
        (
            '    montant_ttc: "1260.00"',
            '    montant_ttc: "1260.00"\n    libelle: 1.10',
            lambda c: c.factures[1].libelle,
            "1.10",
        ),
        (
            '    montant_ttc: "1260.00"',
            '    montant_ttc: "1260.00"\n    libelle: 2026-03-31',
            lambda c: c.factures[1].libelle,
            "2026-03-31",
        ),
        # dates may be written without quotes: they are read by the date type, from the text
        ('    date: "2025-10-02"', "    date: 2025-10-02", lambda c: c.factures[0].date, date(2025, 10, 2)),
        # amounts: a quoted integer is an amount in euros; a quoted decimal keeps its cents
        (
            '    montant_ttc: "2480.00"',
            '    montant_ttc: "2480"',
            lambda c: c.factures[0].montant_ttc,
            Decimal("2480"),
        ),
        (
            '    montant_ttc: "2480.00"',
            '    montant_ttc: "2480.5"',
            lambda c: c.factures[0].montant_ttc,
            Decimal("2480.50"),
        ),
        # identifiers are compacted as written on a RIB
        (
            '    iban: "FR7630006000011234567890189"',
            '    iban: "FR76 3000 6000 0112 3456 7890 189"',
            lambda c: c.creancier.banque.iban,
            "FR7630006000011234567890189",
        ),
        ('  siren: "925308298"', '  siren: "925 308 298"', lambda c: c.creancier.siren, "925308298"),
        # a rate with up to four decimals
        (
            '  taux_penalites: "12.00"',
            '  taux_penalites: "12.1500"',
            lambda c: c.contrat.taux_penalites,
            Decimal("12.15"),
        ),
        # `false` for collective proceedings means none
        (
            '  commercant: true\n  adresse:\n    ligne1: "4',
            '  commercant: true\n  procedure_collective: false\n  adresse:\n    ligne1: "4',
            lambda c: c.debiteur.procedure_collective,
            None,
        ),
        # an invoice number that looks like a decimal, named by a payment, is matched as text
        ('  - numero: "F-2025-118"', "  - numero: 1.10", lambda c: c.factures[0].numero, "1.10"),
        # block scalars are kept as text
        (
            "  delai_mise_en_demeure_jours: 8",
            "  delai_mise_en_demeure_jours: 8\n  message_libre: |\n"
            "    Nous restons à votre écoute.\n    Bien cordialement.",
            lambda c: c.options.message_libre,
            "Nous restons à votre écoute.\nBien cordialement.\n",
        ),
        # a natural person stating she is a consumer
        (
            '  nom: "Boulangerie Petit"\n  type: personne_morale\n  forme: SAS\n  siren: "954330122"\n'
            "  commercant: true\n",
            '  nom: "Paul Petit"\n  type: personne_physique\n  consommateur: true\n',
            lambda c: c.debiteur.est_consommateur,
            True,
        ),
    ],
    ids=[
        "code-postal-zero-en-tete",
        "code-postal-sans-guillemets",
        "texte-no",
        "texte-yes",
        "texte-on",
        "texte-0012",
        "reference-sans-guillemets",
        "texte-1.10",
        "texte-date",
        "date-sans-guillemets",
        "montant-entier-entre-guillemets",
        "montant-une-decimale",
        "iban-avec-espaces",
        "siren-avec-espaces",
        "taux-quatre-decimales",
        "procedure-collective-false",
        "numero-facture-1.10",
        "bloc-de-texte",
        "personne-physique-consommateur",
    ],
)
def test_valeur_acceptee_telle_quelle(ancien: str, nouveau: str, lecture: Any, attendu: object) -> None:
    texte = remplacer(ancien, nouveau)
    if "numero: 1.10" in texte:
        texte = texte.replace('    facture: "F-2025-118"', '    facture: "1.10"')
    creance = lire(texte)
    valeur = lecture(creance)
    assert valeur == attendu
    assert type(valeur) is type(attendu)


def test_aucune_valeur_texte_ne_reste_un_plainscalar() -> None:
    """Unquoted texts reach the model as plain `str`: the loader's marker never leaks out."""
    creance = lire(remplacer("  forme: SARL", "  forme: no"))
    assert type(creance.creancier.forme) is str
    assert type(creance.creancier.type) is str


def test_fin_de_ligne_windows_et_bom(tmp_path: Path) -> None:
    fichier = tmp_path / "claim.yaml"
    fichier.write_bytes(b"\xef\xbb\xbf" + BASE.replace("\n", "\r\n").encode("utf-8"))
    creance = charger(fichier)
    assert isinstance(creance, Creance)
    assert creance.creancier.signataire.qualite == "Gérante"
    ou = creance.position("factures", 0, "montant_ttc")
    assert ou is not None and (ou.ligne, ou.colonne) == (45, 18)


def test_charger_note_le_dossier_des_pieces(tmp_path: Path) -> None:
    fichier = tmp_path / "claim.yaml"
    fichier.write_text(BASE, encoding="utf-8")
    creance = charger(fichier)
    assert creance.dossier_source == tmp_path.resolve()
    ou = creance.position("courriers", 0, "accuse_reception", "date")
    assert ou is not None and str(ou) == "claim.yaml:63:30 courriers[0].accuse_reception.date"
