"""YAML syntax errors said in French, at the line the user has to fix (docs/style.md, rule 7).

PyYAML reports where it gave up, in English; this module says what is wrong in the user's words
and, when the cause sits earlier (a quote or a bracket left open), points back to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.error import Mark
from yaml.reader import ReaderError
from yaml.tokens import ScalarToken

_REPERES = (
    "Vérifiez l'indentation (des espaces, jamais de tabulation), les deux-points après chaque clé "
    "et les guillemets."
)


@dataclass(frozen=True)
class Syntaxe:
    """A syntax problem: the message, what to do, and where (line and column from 1)."""

    message: str
    que_faire: str
    ligne: int
    colonne: int


_LIGNE = re.compile(
    r"(?P<retrait>[ \t]*)(?P<tiret>-[ \t]+)?"
    r"(?:(?P<cle>\"[^\"]*\"|'[^']*'|[^\s#:\"'{\[\]}|>&*!%@`,-][^:#]*?)[ \t]*:(?:[ \t]+(?P<valeur>\S.*)?)?$)?"
)


def chemin_probable(texte: str, ligne: int) -> tuple[str | int, ...]:
    """The YAML path of line `ligne` (from 1), read from the block keys' indentation above it.

    A syntax error stops PyYAML before any path is known; the lines above the error are usually
    well formed, so their indentation says in which section the faulty line sits.
    """
    # each entry: (indentation, key or item index, whether this key opens a section)
    pile: list[tuple[int, str | int, bool]] = []
    compteurs: dict[tuple[str | int, ...], int] = {}
    lignes = texte.splitlines()[:ligne]
    for numero, brute in enumerate(lignes, start=1):
        if not brute.strip() or brute.lstrip().startswith("#"):
            continue
        trouve = _LIGNE.match(brute)
        if trouve is None:
            continue
        retrait = len(trouve["retrait"])
        if numero == len(lignes) and not trouve["tiret"] and not trouve["cle"]:
            # the faulty line holds no key: it belongs to the section its indentation points to
            while pile and (pile[-1][0] >= retrait or not pile[-1][2]):
                pile.pop()
        if trouve["tiret"]:
            # a new item closes deeper sections and the previous item of the same list
            while pile and pile[-1][0] >= retrait and (pile[-1][0] > retrait or isinstance(pile[-1][1], int)):
                pile.pop()
            parent = tuple(pas for _, pas, _ in pile)
            pile.append((retrait, compteurs.get(parent, 0), True))
            compteurs[parent] = compteurs.get(parent, 0) + 1
            retrait += len(trouve["tiret"])
        if trouve["cle"]:
            while pile and (pile[-1][0] >= retrait or not pile[-1][2]):
                pile.pop()
            valeur = (trouve["valeur"] or "").strip()
            pile.append((retrait, trouve["cle"].strip("\"'"), not valeur or valeur.startswith("#")))
    return tuple(pas for _, pas, _ in pile)


def caractere_interdit(texte: str, erreur: ReaderError) -> Syntaxe:
    """A control character YAML does not allow (often pasted from another program)."""
    avant = texte[: erreur.position]
    ligne, colonne = avant.count("\n") + 1, erreur.position - (avant.rfind("\n") + 1) + 1
    caractere = erreur.character if isinstance(erreur.character, str) else chr(erreur.character)
    return Syntaxe(
        f"caractère de contrôle invisible U+{ord(caractere):04X} : il n'est pas permis dans un texte YAML",
        "Supprimez ce caractère (souvent venu d'un copier-coller) et enregistrez le fichier en UTF-8.",
        ligne,
        colonne,
    )


def _guillemet_non_ferme(texte: str, avant: Mark) -> ScalarToken | None:
    """A quoted value that swallowed the next lines, up to the line where parsing failed.

    Legal YAML lets a quoted text run over several lines, so a missing closing quote is seen
    only later, where the next quote closes it; this points back to the quote left open.
    """
    try:
        for jeton in yaml.scan(texte, Loader=yaml.BaseLoader):
            if jeton.start_mark.index >= avant.index:
                break
            if (
                isinstance(jeton, ScalarToken)
                and jeton.style in ('"', "'")
                and jeton.start_mark.line != jeton.end_mark.line
                and jeton.end_mark.line == avant.line
            ):
                return jeton
    except yaml.YAMLError:
        pass
    return None


def _debut_de_section_decale(lignes: list[str], ici: int) -> tuple[int, int, int, bool] | None:
    """When PyYAML stops at line `ici` (from 0) of a section whose FIRST line was mis-indented,
    the line to fix is that first one: the lines after it agree with `ici`, not with it.

        adresse:
              ligne1: "12 rue des Lilas"   <- to fix (it set the section's indentation)
            code_postal: "69003"           <- where PyYAML stops
            ville: "Lyon"

    Returns (line from 0, its indentation, the indentation to give it, whether it is a list item),
    or None when the lines do not read that way.
    """
    lues: list[tuple[int, bool] | None] = []
    for brute in lignes:
        trouve = None if not brute.strip() or brute.lstrip().startswith("#") else _LIGNE.match(brute)
        lues.append((len(trouve["retrait"]), bool(trouve["tiret"])) if trouve else None)
    lue_ici = lues[ici] if ici < len(lues) else None
    if lue_ici is None or lue_ici[1]:  # PyYAML stopped on a list item: not this case
        return None
    retrait = lue_ici[0]
    # the section's opening key: the nearest line above, less indented, ending with « : »
    debut = next(
        (n for n in range(ici - 1, -1, -1)
         if (lue := lues[n]) is not None and lue[0] < retrait and lignes[n].rstrip().endswith(":")),
        None,
    )  # fmt: skip
    premieres = [n for n in range(ici) if debut is not None and n > debut and lues[n] is not None]
    suivante = next((lue for lue in lues[ici + 1 :] if lue is not None), None)
    if not premieres or suivante != (retrait, False):
        return None  # no opening line, or nothing after `ici` agrees with it: which to fix is unclear
    premiere, tiret = lues[premieres[0]]  # type: ignore[misc]
    if (premiere + 2 if tiret else premiere) == retrait:
        return None
    return premieres[0], premiere, retrait - 2 if tiret else retrait, tiret


def traduire(texte: str, erreur: yaml.MarkedYAMLError) -> Syntaxe:
    """Say a PyYAML syntax error in French, at the place to fix."""
    probleme = erreur.problem or ""
    contexte = erreur.context or ""
    debut = erreur.context_mark
    ici = erreur.problem_mark or debut or Mark("", 0, 0, 0, None, 0)
    lignes = texte.splitlines()
    avant = lignes[ici.line][: ici.column] if ici.line < len(lignes) else ""
    caractere = texte[ici.index] if ici.index < len(texte) else ""

    def syntaxe(message: str, que_faire: str, ou: Mark | None = None, colonne: int | None = None) -> Syntaxe:
        marque = ou or ici
        colonne = marque.column if colonne is None else colonne
        return Syntaxe(message, que_faire, marque.line + 1, colonne + 1)

    if "quoted scalar" in contexte and "unexpected" in probleme:
        guillemet = texte[debut.index] if debut is not None else '"'
        return syntaxe(
            f"guillemet {guillemet} ouvert ici et jamais refermé",
            f"Ajoutez le guillemet fermant {guillemet} à la fin de la valeur, sur la même ligne.",
            debut,
        )
    jeton = _guillemet_non_ferme(texte, ici)
    if jeton is not None:
        return syntaxe(
            f"guillemet {jeton.style} ouvert ici mais pas refermé sur sa ligne : la valeur avale les "
            f"lignes suivantes jusqu'à la ligne {ici.line + 1}",
            f"Ajoutez le guillemet fermant {jeton.style} à la fin de la valeur, sur la même ligne.",
            jeton.start_mark,
        )
    if "cannot start any token" in probleme and caractere == "\t":
        return syntaxe(
            "tabulation dans l'indentation : YAML n'accepte que des espaces",
            "Remplacez la tabulation par des espaces, alignés sur les clés de la même section.",
        )
    if "cannot start any token" in probleme:
        return syntaxe(
            f"le caractère « {caractere} » ne peut pas commencer une valeur écrite sans guillemets",
            f'Mettez toute la valeur entre guillemets doubles : "{caractere}…".',
        )
    if "escape" in probleme:
        barre = avant.rfind("\\")
        return syntaxe(
            "barre oblique inverse « \\ » dans un texte entre guillemets doubles : YAML y lit un "
            "caractère spécial",
            "Écrivez les chemins avec « / » (pieces/facture.pdf), ou mettez le texte entre "
            "guillemets simples.",
            colonne=barre if barre >= 0 else None,
        )
    if "could not find expected ':'" in probleme:
        return syntaxe(
            "deux-points manquant : cette ligne devrait s'écrire « cle: valeur »",
            "Ajoutez « : » et une espace après la clé.",
            debut,
        )
    if "mapping values are not allowed" in probleme:
        if ":" in avant.strip():
            return syntaxe(
                "deux-points dans une valeur écrite sans guillemets",
                'Mettez toute la valeur entre guillemets doubles : "…: …".',
            )
        return syntaxe(
            "cette ligne est plus indentée que la précédente, qui n'ouvre pas de section",
            "Alignez cette clé sur les clés de la même section (même nombre d'espaces).",
            colonne=len(avant) - len(avant.lstrip()),
        )
    if "sequence entries are not allowed" in probleme:
        return syntaxe(
            "tiret « - » d'élément de liste inattendu à cet endroit",
            "Placez chaque élément de liste sur sa propre ligne, sous la clé de la liste et indenté ; "
            "si le tiret fait partie de la valeur, mettez-la entre guillemets.",
        )
    if "expected <block end>" in probleme:
        if avant.strip():
            return syntaxe(
                "texte inattendu après la valeur de cette ligne",
                "Mettez toute la valeur entre guillemets, ou retirez ce qui la suit.",
            )
        decalee = _debut_de_section_decale(lignes, ici.line)
        if decalee is not None:
            numero, retrait, attendu, tiret = decalee
            quoi = (
                f"ce tiret, le premier de sa liste, a {retrait} espaces devant : ses clés commencent "
                f"après {retrait + 2} espaces, celles des lignes suivantes après {attendu + 2}"
                if tiret
                else f"cette ligne, la première de sa section, a {retrait} espaces devant, les "
                f"suivantes {attendu}"
            )
            devant = "le tiret" if tiret else "la clé"
            return Syntaxe(
                f"indentation incohérente : {quoi}",
                f"Mettez {attendu} espaces devant {devant}, comme aux lignes suivantes.",
                numero + 1,
                retrait + 1,
            )
        return syntaxe(
            "indentation incohérente : cette ligne n'est alignée sur aucune section au-dessus",
            "Alignez cette ligne sur les clés de la même section (même nombre d'espaces).",
        )
    if "flow mapping" in contexte or "flow sequence" in contexte:
        ouvrant, fermant = ("accolade « { »", "}") if "mapping" in contexte else ("crochet « [ »", "]")
        if debut is not None and debut.line != ici.line:
            return syntaxe(
                f"{ouvrant} ouvert ici et jamais refermé sur sa ligne",
                f"Ajoutez « {fermant} » à la fin de la ligne.",
                debut,
            )
        return syntaxe(
            f"virgule manquante, ou « {fermant} » attendu pour fermer l'{ouvrant} de cette ligne",
            f"Séparez les éléments par des virgules et fermez par « {fermant} ».",
        )
    if "expected the node content" in probleme:
        return syntaxe(
            "valeur attendue à cet endroit",
            "Écrivez une valeur, ou retirez la virgule ou le crochet en trop.",
        )
    if "single document" in contexte:
        return syntaxe(
            "le fichier contient plusieurs documents séparés par « --- » : un seul est attendu",
            "Gardez une seule créance par fichier et retirez la ligne « --- ».",
        )
    if "anchor" in contexte or "alias" in contexte or "tag" in contexte:
        signe = texte[debut.index] if debut is not None else caractere
        return syntaxe(
            f"« {signe} » en début de valeur : YAML y lit un signe spécial",
            "Mettez toute la valeur entre guillemets doubles.",
            debut,
        )
    if "block scalar" in contexte:
        return syntaxe(
            "bloc de texte (« | » ou « > ») mal ouvert",
            "Écrivez « | » seul en fin de ligne, puis le texte sur les lignes suivantes, indenté.",
        )
    return syntaxe("structure YAML illisible à cet endroit", _REPERES)
