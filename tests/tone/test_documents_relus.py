"""The linter reads the letters' final text back from the rendered PDF and DOCX: what a template or
a claim value puts on the page is caught there, with its file, page and line; mandatory mentions
are looked for in that same text; every letter of every sample passes."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from dossier.findings import Emplacement, Severite, durcir
from dossier.law.exemples import exemple, facture
from dossier.law.procedure.etapes import LettreAProduire
from dossier.model import charger
from dossier.render.environment import creer_environnement, rendre_blocs
from dossier.render.pdf import rendre_pdf
from dossier.render.readback import texte_pdf
from dossier.render.word import rendre_docx
from dossier.tone.contexte import Contexte
from dossier.tone.documents import examiner_document, fusionner, relire_documents
from dossier.tone.linter import examiner, verifier_textes_libres
from dossier.tone.mentions import verifier_mentions
from dossier.tone.sollicitations import premier_jour_sans_rafale, verifier_sollicitations
from dossier.vocabulaire import Etape
from tests.cli.test_cli import check_json

DEPOT = Path(__file__).resolve().parents[2]
FIXTURE = DEPOT / "tests" / "fixtures" / "lettre_essai.py"
GOLDEN = DEPOT / "tests" / "golden"
ECHANTILLONS = sorted((DEPOT / "samples").glob("*/claim.yaml"))


def _essai() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lettre_essai", FIXTURE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lettre_menacante() -> dict[str, bytes]:
    essai = _essai()
    blocs = rendre_blocs(
        "letters/lettre-menace.txt.j2",
        {"numero": "F-2025-118", "telephone": "08 99 23 45 67"},
        env=creer_environnement(essai.GABARITS),
    )
    lettre = essai.lettre_essai(blocs=blocs)
    return {"relance-1.pdf": rendre_pdf(lettre), "relance-1.docx": rendre_docx(lettre)}


def test_menace_du_texte_rendu_attrapee_dans_le_pdf(lettre_menacante: dict[str, bytes]) -> None:
    pdf = lettre_menacante["relance-1.pdf"]
    constats = examiner_document("relance-1.pdf", pdf, Contexte(civil=True))
    codes = {c.code for c in constats}
    assert {"TON-01", "TON-07"} <= codes
    pages = texte_pdf(pdf)
    for c in constats:
        assert c.document is not None and c.document.fichier == "relance-1.pdf"
        assert c.document.page == 1 and c.extrait
        # the line given is where the excerpt starts, in the PDF's own text
        ligne = pages[0].splitlines()[c.document.ligne - 1]
        assert c.extrait.split()[0].rstrip("-") in ligne, (c.extrait, ligne)
    huissier = next(c for c in constats if c.extrait and "huissier" in c.extrait)
    assert huissier.bloquant and "C. pén. 433-17" in huissier.que_faire
    assert any(c.extrait and c.extrait.startswith("saisir") and "meubles" in c.extrait for c in constats)


def test_la_version_docx_est_lue_aussi(lettre_menacante: dict[str, bytes]) -> None:
    constats = examiner_document("relance-1.docx", lettre_menacante["relance-1.docx"], Contexte(civil=True))
    assert {"TON-01", "TON-07"} <= {c.code for c in constats}
    assert all(c.document is not None and c.document.page is None for c in constats)


def test_pdf_et_docx_un_seul_constat_par_extrait(lettre_menacante: dict[str, bytes]) -> None:
    creance = exemple("consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")])
    constats = relire_documents(creance, lettre_menacante, {})
    assert constats and all(c.document and c.document.fichier.endswith(".pdf") for c in constats)


# --- mandatory mentions, from the text a letter really says ---------------------------------------------


def _golden(echantillon: str, document: str) -> str:
    return (GOLDEN / echantillon / f"{document}.txt").read_text(encoding="utf-8")


def _lettre(etape: Etape, jour: str) -> LettreAProduire:
    return LettreAProduire(etape, date.fromisoformat(jour), None)


def test_mentions_des_echantillons_presentes() -> None:
    ecole = charger(DEPOT / "samples" / "ecole-ogec" / "claim.yaml")
    agence = charger(DEPOT / "samples" / "agence-mandat" / "claim.yaml")
    med = _lettre(Etape.MISE_EN_DEMEURE, "2026-01-20")
    assert (
        verifier_mentions(ecole, med, "mise-en-demeure.pdf", _golden("ecole-ogec", "mise-en-demeure")) == []
    )
    r2 = _lettre(Etape.RELANCE_2, "2026-02-20")
    assert verifier_mentions(agence, r2, "relance-2.pdf", _golden("agence-mandat", "relance-2")) == []


def test_mise_en_demeure_sans_ses_mots_ni_delai() -> None:
    ecole = charger(DEPOT / "samples" / "ecole-ogec" / "claim.yaml")
    texte = (
        _golden("ecole-ogec", "mise-en-demeure")
        .replace("Mise en demeure de payer", "Rappel")
        .replace("nous vous mettons en demeure de régler", "nous vous prions de régler")
        .replace("la présente mise en demeure", "la présente")
        .replace("dans un délai de\n15\xa0jours", "rapidement")  # « 15 jours » never broken (typography)
    )
    assert "15\xa0jours" not in texte
    constats = verifier_mentions(
        ecole, _lettre(Etape.MISE_EN_DEMEURE, "2026-01-20"), "mise-en-demeure.pdf", texte
    )
    assert [c.code for c in constats] == ["MENT-01", "MENT-02"]
    assert all(c.bloquant and c.document == Emplacement("mise-en-demeure.pdf", None, 1) for c in constats)


def test_relance_qui_ne_dit_pas_amiable() -> None:
    b2b = charger(DEPOT / "samples" / "b2b-menuiserie" / "claim.yaml")
    texte = _golden("b2b-menuiserie", "relance-1")
    lettre = _lettre(Etape.RELANCE_1, "2025-11-10")
    assert verifier_mentions(b2b, lettre, "relance-1.pdf", texte) == []
    sans = texte.replace("Cette démarche est amiable\xa0: si", "Si")  # no-break « : » (typography)
    assert sans != texte
    (constat,) = verifier_mentions(b2b, lettre, "relance-1.pdf", sans)
    assert (constat.code, constat.severite.value) == ("MENT-05", "avertissement")


def test_lettre_d_agence_sans_ses_mentions_r124_4() -> None:
    agence = charger(DEPOT / "samples" / "agence-mandat" / "claim.yaml")
    texte = _golden("agence-mandat", "relance-2")
    lettre = _lettre(Etape.RELANCE_2, "2026-02-20")
    sans_activite = texte.replace("activité de recouvrement amiable", "activité")
    (constat,) = verifier_mentions(agence, lettre, "relance-2.pdf", sans_activite)
    assert constat.code == "MENT-03" and "activité de recouvrement amiable" in constat.message
    sans_ventilation = texte.replace("Autres accessoires", "Divers")
    (constat,) = verifier_mentions(agence, lettre, "relance-2.pdf", sans_ventilation)
    assert constat.code == "MENT-03" and "autres accessoires (3°)" in constat.message
    # L111-8 al. 3 paraphrased instead of reproduced: R124-4 5° wants it word for word.
    paraphrase = texte.replace("Cependant, le créancier qui justifie", "Le créancier qui justifie")
    (constat,) = verifier_mentions(agence, lettre, "relance-2.pdf", paraphrase)
    assert constat.code == "MENT-04" and "al. 3" in constat.message


# --- every letter of every sample passes ------------------------------------------------------------------


@pytest.mark.parametrize("claim", ECHANTILLONS, ids=[c.parent.name for c in ECHANTILLONS])
def test_les_lettres_des_echantillons_passent(claim: Path) -> None:
    """`check --json` lints the letters rendered in memory (the same output `build` writes in
    calcul.json, which the golden tests compare): no blocking finding, and not even a warning of
    the linter, in any letter of any sample. The JSON is shared with tests/cli (one render)."""
    objet = json.loads(check_json(claim))
    codes_du_linter = ("TON-", "MENT-", "FRAIS-04", "FRAIS-05", "FRAIS-06")
    signales = [
        c for c in objet["findings"] if c["severite"] == "bloquant" or c["code"].startswith(codes_du_linter)
    ]
    assert signales == []


# --- harassment, free texts -----------------------------------------------------------------------------


FACTURES = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]


def test_trois_contacts_en_une_semaine() -> None:
    creance = exemple(
        "consommateur",
        factures=FACTURES,
        echanges=[
            {"date": "2025-10-06", "canal": "telephone"},
            {"date": "2025-10-08", "canal": "email"},
        ],
    )
    brouillon = [LettreAProduire(Etape.RELANCE_1, date(2025, 10, 10), None)]
    (constat,) = verifier_sollicitations(creance, brouillon, date(2025, 10, 10))
    assert constat.code == "TON-08" and not constat.bloquant and "L121-7" in constat.article
    assert "3 prises de contact en 7 jours (au plus 2)" in constat.message
    assert "relance 1 à envoyer du 10 octobre 2025" in constat.message
    # The debtor's own call is no solicitation; a meeting neither.
    venu_du_debiteur = exemple(
        "consommateur",
        factures=FACTURES,
        echanges=[
            {"date": "2025-10-06", "canal": "telephone", "initiative": "debiteur"},
            {"date": "2025-10-08", "canal": "rencontre"},
        ],
    )
    assert verifier_sollicitations(venu_du_debiteur, brouillon, date(2025, 10, 10)) == []


def test_cinq_contacts_en_un_mois() -> None:
    creance = exemple(
        "consommateur",
        factures=FACTURES,
        echanges=[{"date": f"2025-10-{jour:02d}", "canal": "sms"} for jour in (2, 10, 18, 26)],
        courriers=[{"type": "relance_1", "date": "2025-10-30"}],
    )
    (constat,) = verifier_sollicitations(creance, [], date(2025, 11, 5))
    assert "5 prises de contact en 30 jours (au plus 4)" in constat.message


def test_un_texte_libre_imprime_garde_sa_place_et_gagne_son_document(
    lettre_menacante: dict[str, bytes],
) -> None:
    creance = exemple(
        "consommateur",
        factures=FACTURES,
        options={"message_libre": "Un huissier viendra saisir vos meubles."},
    )
    libres = verifier_textes_libres(creance)
    lus = relire_documents(creance, lettre_menacante, {})
    fusion = fusionner(libres, lus)
    huissier = [c for c in fusion if c.extrait == "huissier"]
    assert len(huissier) == 1
    assert huissier[0].ou is not None and huissier[0].ou.chemin == "options.message_libre"
    assert huissier[0].document is not None and huissier[0].document.fichier == "relance-1.pdf"


def test_rafale_passee_information_et_rafale_actuelle_avertissement() -> None:
    """B4: a burst over since is information (nothing to undo; --strict does not block on it); one
    that the letter being drafted joins, or whose window still runs, is a warning."""
    creance = exemple(
        "consommateur",
        factures=FACTURES,
        echanges=[{"date": f"2025-10-0{jour}", "canal": "telephone"} for jour in (6, 7, 8)],
    )
    (passee,) = verifier_sollicitations(creance, [], date(2025, 11, 20))
    assert passee.code == "TON-08" and passee.severite is Severite.INFO and not durcir([passee])[0].bloquant
    assert "(passées : à éviter désormais)" in passee.message
    (actuelle,) = verifier_sollicitations(creance, [], date(2025, 10, 10))  # the window runs until the 12th
    assert actuelle.severite is Severite.AVERTISSEMENT and durcir([actuelle])[0].bloquant
    brouillon = [LettreAProduire(Etape.RELANCE_1, date(2025, 11, 20), None)]
    assert [c.severite for c in verifier_sollicitations(creance, brouillon, date(2025, 11, 20))] == [
        Severite.INFO
    ]


def test_sollicitations_d_un_professionnel_non_verifiees() -> None:
    """B5: C. conso. L121-7 protects consumers and non-professionals (L121-5): between
    professionals (the B2B regime), the same history raises nothing."""
    echanges = [{"date": f"2025-10-0{jour}", "canal": "telephone"} for jour in (6, 7, 8)]
    professionnel = exemple("b2b", factures=FACTURES, echanges=echanges)
    assert verifier_sollicitations(professionnel, [], date(2025, 10, 10)) == []
    assert premier_jour_sans_rafale(professionnel, date(2025, 10, 10)) == date(2025, 10, 10)
    consommateur = exemple("consommateur", factures=FACTURES, echanges=echanges)
    assert [c.code for c in verifier_sollicitations(consommateur, [], date(2025, 10, 10))] == ["TON-08"]
    # the next contact waits until the week holds one contact at most: 7 and 8 October leave it on the 14th
    assert premier_jour_sans_rafale(consommateur, date(2025, 10, 10)) == date(2025, 10, 14)


def test_noms_en_capitales_et_libelles_dans_la_lettre_lue() -> None:
    """A letter printing the parties' names in capitals and a label naming a visit: read back from
    the PDF, no finding; the same words as the creditor's own sentence are found."""
    creance = exemple(
        "b2b",
        factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
    )
    nom = creance.creancier.nom.upper()
    libelle = "Déplacement à votre domicile"
    contexte = Contexte.de(creance)
    contexte = Contexte(contexte.civil, libelles=(libelle,), noms=contexte.noms)
    texte = f"{nom} SARL ; IBAN FR76\nFacture F-1 : {libelle}\n"
    assert examiner(texte, contexte) == []
    assert {r.motif.code for r in examiner(texte, Contexte(civil=False))} == {"TON-01", "TON-04"}
