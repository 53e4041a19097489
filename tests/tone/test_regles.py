"""The rules over lemmas (issue 14): scope of negation, hypothesis and question; the review band
TON-10 (a warning, blocking with --strict, with the words that raised it); exchange summaries read
unless they are the debtor's own words; the categories and their articles; the forms table kept
in step with the lexicons."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dossier.codes import registre
from dossier.exit_codes import ExitCode
from dossier.law.exemples import exemple, facture
from dossier.model.donnees import charger_donnees
from dossier.tone import acte_seul
from dossier.tone.analyse import analyser
from dossier.tone.jeu_de_regles import RELIRE, ReglesYaml, jeu
from dossier.tone.lexiques import developper
from dossier.tone.linter import examiner, verifier_textes_libres
from dossier.tone.motifs_yaml import categories, motifs
from dossier.tone.texte import normaliser
from tests.cli.test_cli import CLAIM, ecrire_claim, lancer
from tests.tone import formes


def codes(phrase: str) -> set[str]:
    return {r.motif.code for r in examiner(phrase)}


@pytest.mark.parametrize(
    ("phrase", "attendus"),
    [
        # denied: lawful
        ("Nous ne ferons pas saisir vos biens : notre démarche reste amiable.", set()),
        ("Nous ne couperons ni l'eau ni le chauffage.", set()),
        ("Ni votre employeur ni vos voisins n'en seront informés.", set()),
        ("Aucune saisie de votre salaire ne peut intervenir sans jugement.", set()),
        # denied but hung on a payment: still leverage
        ("Vos meubles ne seront pas saisis si vous payez avant lundi.", {"TON-01"}),
        # the negation stays in its clause: « si le loyer n'est pas réglé » denies only « réglé »
        ("Les serrures seront changées si le loyer n'est pas réglé.", {"TON-01"}),
        # « ne pas hésiter à » asserts what follows
        ("Nous n'hésiterons pas à vider votre compte.", {"TON-01"}),
        # a hypothesis is no assertion; the same words asserted are
        ("Si une ordonnance d'injonction de payer était rendue, vous pourriez former opposition.", set()),
        ("Une ordonnance d'injonction de payer a été rendue contre vous.", {"TON-02"}),
        # « seul un jugement … » reminds the law
        ("Seul un jugement permettrait l'intervention d'un commissaire de justice.", set()),
        # the debtor's own act is no threat of ours
        ("Vous nous avez signalé que votre banque avait rejeté le prélèvement.", set()),
        ("Vous serez signalée à votre employeur.", {"TON-03"}),
        # neutral next step
        ("À défaut, nous pourrions être amenés à saisir la juridiction compétente.", set()),
    ],
)
def test_portee_de_la_negation_de_l_hypothese_et_de_l_acteur(phrase: str, attendus: set[str]) -> None:
    assert codes(phrase) - {"TON-10"} == attendus


def test_bande_de_relecture_avec_les_mots_qui_l_ont_levee() -> None:
    phrase = "Des sanctions et des conséquences suivront."
    (rencontre,) = examiner(phrase)
    assert rencontre.motif is RELIRE and rencontre.extrait == phrase.rstrip(".")
    assert rencontre.mots == ("sanctions", "conséquences")  # as the text writes them
    assert registre()["TON-10"].severite == "avertissement"
    # a sentence a rule already names is not « à relire » on top; the neutral court route is never
    # refused: the lexicons excuse it, and the learnt reader's doubt stays a warning, its act (« que
    # nous pourrions saisir ») being in the conditional (TON-13 wants it asserted)
    assert codes("Nous saisirons vos meubles, avec toutes les conséquences.") == {"TON-01"}
    route = "Faute de paiement, sanctions et conséquences viendraient du juge, que nous pourrions saisir."
    assert codes(route) <= {"TON-10"}


def test_phrase_a_relire_avertit_puis_bloque_en_strict(tmp_path: Path) -> None:
    claim = ecrire_claim(
        tmp_path, CLAIM + 'options:\n  message_libre: "Des sanctions et des conséquences suivront."\n'
    )
    souple = lancer("check", claim)
    assert souple.exit_code == ExitCode.OK, souple.output
    assert "AVERTISSEMENT TON-10" in souple.stdout and "« sanctions »" in souple.stdout
    assert lancer("check", claim, "--strict").exit_code == ExitCode.BLOCKING_FINDING


def test_resume_d_echange_lu_sauf_propos_du_debiteur() -> None:
    menace = "Appel : je lui ai dit que nous viderions son compte courant."
    echanges = [{"date": "2025-11-02", "canal": "telephone", "resume": menace}]
    creance = exemple(
        "consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")], echanges=echanges
    )
    (constat,) = [c for c in verifier_textes_libres(creance) if c.code == "TON-01"]
    assert constat.ou is not None and "echanges[0].resume" in str(constat.ou)
    du_debiteur = [{**echanges[0], "auteur": "debiteur"}]
    creance = exemple(
        "consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")], echanges=du_debiteur
    )
    assert verifier_textes_libres(creance) == []


def test_categories_avec_leur_article() -> None:
    """Every code the linter raises is in one category of motifs.yaml, which names its article."""
    noms = {c.nom for c in categories().values()}
    assert {"execution", "faux-acte", "tiers", "service", "frais", "ultimatum"} <= noms
    couverts = {code for c in categories().values() for code in c.codes}
    leves = {m.code for m in motifs()} | {r.code for r in jeu().regles} | {RELIRE.code}
    assert leves <= couverts <= set(registre())
    assert all(c.article and c.titre for c in categories().values())
    assert all(m.categorie in noms for m in motifs()) and all(r.categorie in noms for r in jeu().regles)


def test_table_des_formes_a_jour() -> None:
    """formes.txt is what `python -m tests.tone.formes` writes from the lexicons of regles.yaml:
    a lemma added to a lexicon without regenerating the table would match only its own spelling."""
    assert formes.FICHIER.read_text(encoding="utf-8") == formes.texte(), "python -m tests.tone.formes"


def test_aucune_entree_de_lexique_ne_se_developpe_sans_borne() -> None:
    """Braces multiply: one entry spelling out every inflected form beside every determiner and
    every medium once stood for 136,080 phrases and tripled the linter's start-up (motifs() 0.35 s
    -> 1.35 s). An entry names lemmas, which match their forms already; so no entry needs more than
    a few thousand combinations."""
    entrees = charger_donnees("dossier.tone", "regles.yaml", ReglesYaml).lexiques
    tailles = {(nom, e): len(developper(e)) for nom, liste in entrees.items() for e in liste}
    trop = {cle: n for cle, n in tailles.items() if n > 5000}
    assert not trop, trop


def test_saisie_des_remunerations_sans_juge_depuis_juillet_2025() -> None:
    """Since 1 July 2025 a commissaire de justice seizes wages on an enforceable title, a month after
    a commandement (CPCE L212-2, loi n° 2023-1059 art. 47, décret n° 2025-125): no judge authorises
    it first. What the findings tell the creditor about income says so, and cites the CPCE."""
    sur_les_revenus = [r for r in jeu().regles if "rémunérations" in r.reference]
    assert sur_les_revenus
    for regle in sur_les_revenus:
        assert "L212-2" in regle.reference and "3252" not in regle.reference, regle.nom
        assert "juge" not in regle.suggestion, regle.nom


def test_un_acte_qui_ne_prouve_rien_seul_n_est_pas_lu_par_le_lecteur(monkeypatch: pytest.MonkeyPatch) -> None:
    """`acte_seul: false`: « verser », denied and hung on a payment, is the act of `salaire-retenu`
    only with the employee's pay beside it; alone it is no constraint the reader may cite (TON-13)."""
    analyse = analyser(normaliser("Rien ne vous sera versé tant que la somme due n'est pas réglée.").texte)
    phrase = analyse.phrases[0]
    salaire_retenu = next(r for r in jeu().regles if r.nom == "salaire-retenu")
    assert not salaire_retenu.acte_seul
    trouve = acte_seul.acte_affirme(analyse, phrase)
    assert trouve is None or trouve[0].acte_seul
    # the same rule read alone: its act is found, so the flag is what keeps it out
    seule = replace(jeu(), regles=(replace(salaire_retenu, acte_seul=True),))
    monkeypatch.setattr(acte_seul, "jeu", lambda: seule)
    assert acte_seul.acte_affirme(analyse, phrase) is not None


def test_un_dossier_remis_a_nos_services_n_est_pas_un_acte_lu() -> None:
    """A file handed to the creditor's own service tells no third party and keeps no one: TON-13 finds
    no act in « confié à notre service » (`remis_aux_notres.remis_aux_notres`) — at 16.12 it had read
    « confier », the act of `enfant-retenu`, and refused a lawful sentence of set 95. A child
    « confié » is still that rule's act, and a file handed to an outside firm is not excused."""
    for texte, excuse in (
        ("Votre dossier est passé à notre cellule de recouvrement interne ; Mme Faure vous répondra.", True),
        ("Votre fils sera confié à notre service d'accueil jusqu'au paiement.", False),
        ("Votre dossier a été confié à un cabinet de recouvrement externe.", False),
    ):
        analyse = analyser(normaliser(texte).texte)
        trouve = acte_seul.acte_affirme(analyse, analyse.phrases[0])
        assert (trouve is None) == excuse, (texte, trouve)
