"""Write dossier/tone/formes.txt: the forms of every lemma the tone rules name, from simplemma.

    python -m tests.tone.formes            # from the repository root, after changing a lexicon

simplemma (a test dependency) maps 250,000 French forms to their lemma; this keeps, for each
lemma of `regles.yaml` (and the few words `analyse.py` reads by lemma), every form whose lemma —
or whose lemma's lemma: simplemma reads « changées » as « changé », « changé » as « changer » —
it is, folded as the linter folds text. Past participles simplemma lacks (« saisi », « informé »)
are added by rule for verbs in -er and -ir (and the present plural of -er verbs: « gardons »,
which simplemma reads as the fish « gardon »), for verbs in -crire, -prendre and -dre (« écrit »,
« prise », « rendu »), and for the compounds of « mettre » (« remise », « transmise », which
simplemma reads as nouns — « mettre » itself keeps « mise » apart: « mise en demeure »), and
« mets » for each of them (« je mets », read as the dish). A noun's
singular that simplemma gives to another lemma (« voisine », read as a form of « voisiner », when
« voisines » is « voisin ») is added back from its plural, and a noun's plural simplemma does not
know at all (« recouvreurs ») is its singular with an « s ». The build never
imports simplemma: it reads the table, which loads in milliseconds; `test_formes_a_jour` says
when the table must be rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from dossier.tone.jeu_de_regles import jeu, lemmes_utilises
from dossier.tone.lexique_negation import DEPLACEMENTS, LITOTES
from dossier.tone.paroles_rapportees import OPINIONS
from dossier.tone.reserves import LEMMES as LEMMES_DES_RESERVES
from dossier.tone.texte import normaliser

FICHIER = Path(__file__).resolve().parents[2] / "dossier" / "tone" / "formes.txt"
EN_TETE = (
    "# Forms of each lemma the tone rules name (dossier/tone/regles.yaml), folded: « lemme forme… ».\n"
    "# Generated from simplemma's French dictionary by `python -m tests.tone.formes`: do not edit.\n"
)
_MOT = re.compile(r"[^\W_]+")
PARTICIPES = {"er": ("e", "ee", "es", "ees"), "ir": ("i", "ie", "is", "ies")}
# past participles of verbs in -re that simplemma gives to a noun (« écrit », « prise ») or lacks
PARTICIPES_EN_RE = {
    "crire": ("crit", "crite", "crits", "crites"),
    "prendre": ("pris", "prise", "prises"),
    "dre": ("du", "due", "dus", "dues"),
}


def _plier(mot: str) -> str:
    return normaliser(mot).texte


def dictionnaire() -> Mapping[str, str]:
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary("fr")


def table(lemmes: set[str], formes_lemmes: Mapping[str, str]) -> dict[str, set[str]]:
    """Folded lemma → its folded forms (single words only, as `analyse.py` cuts text)."""
    resultat: dict[str, set[str]] = {lemme: set() for lemme in lemmes}
    for forme, lemme in formes_lemmes.items():
        plie = _plier(forme)
        if not _MOT.fullmatch(plie):
            continue
        for candidat in {lemme, formes_lemmes.get(lemme, lemme)}:
            cible = _plier(candidat)
            if cible in resultat and plie != cible:
                resultat[cible].add(plie)
    connues = {_plier(mot) for paire in formes_lemmes.items() for mot in paire}
    for lemme in lemmes:
        # a noun simplemma lacks the plural of (not a verb, an adverb, a number or a short word)
        fins_exclues = ("er", "ir", "re", "ment", "s", "x", "z")
        if len(lemme) > 3 and lemme.isalpha() and not lemme.endswith(fins_exclues):
            pluriel = lemme + ("x" if lemme.endswith(("eau", "au", "eu")) else "s")
            if pluriel not in connues:  # « recouvreurs », never « fils » (a word of its own)
                resultat[lemme].add(pluriel)
        for fin, suffixes in PARTICIPES.items():
            if lemme.endswith(fin) and len(lemme) > 4:
                resultat[lemme].update(lemme[: -len(fin)] + s for s in suffixes)
        racine = lemme[:-2]
        if lemme.endswith("er") and racine + "era" in resultat[lemme]:  # a verb: its present plural
            resultat[lemme].update((racine + ("eons" if racine.endswith("g") else "ons"), racine + "ez"))
        if lemme.endswith("mettre"):  # « je mets », « tu remets », which simplemma reads as the dish
            resultat[lemme].add(lemme[: -len("mettre")] + "mets")
        if lemme.endswith("mettre") and lemme != "mettre":
            resultat[lemme].update(lemme[: -len("mettre")] + s for s in ("mis", "mise", "mises"))
        for fin, participes in PARTICIPES_EN_RE.items():  # « écrit », « rendu », « prise »
            if lemme.endswith(fin) and (fin != "dre" or not lemme.endswith("prendre")):
                resultat[lemme].update(lemme[: -len(fin)] + s for s in participes)
        if not lemme.endswith(("er", "ir", "re")):  # a noun or an adjective: its singulars
            resultat[lemme].update(f[:-1] for f in list(resultat[lemme]) if f.endswith("es") and len(f) > 4)
        resultat[lemme].discard(lemme)
    return resultat


def texte(formes_lemmes: Mapping[str, str] | None = None) -> str:
    lemmes = {m for m in lemmes_utilises() if _MOT.fullmatch(m)}
    # the words read by lemma outside the rules
    lemmes |= LITOTES | DEPLACEMENTS | OPINIONS | LEMMES_DES_RESERVES
    formes = table(lemmes, formes_lemmes if formes_lemmes is not None else dictionnaire())
    for lemme, exclues in jeu().formes_exclues.items():
        formes.get(lemme, set()).difference_update(exclues)
    lignes = [f"{lemme} {' '.join(sorted(formes[lemme]))}".rstrip() for lemme in sorted(formes)]
    return EN_TETE + "\n".join(lignes) + "\n"


def main() -> None:
    nouveau = texte()
    ancien = FICHIER.read_text(encoding="utf-8") if FICHIER.exists() else ""
    FICHIER.write_text(nouveau, encoding="utf-8")
    print("formes.txt inchangé" if nouveau == ancien else f"formes.txt réécrit : {FICHIER}")


if __name__ == "__main__":
    main()
