"""Pydantic's validation errors said in French, each a located finding (docs/style.md rule 7).

Pydantic's own (English) wording never reaches the user: each error type is translated here,
with the YAML path, what was given, what is expected, and a « did you mean » where a key or a
value is close to an allowed one.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from dossier.findings import Constat, Position, constat
from dossier.model.attendu import annotation_de, champs_permis, cles_obligatoires, exemple, forme, modele
from dossier.model.yaml_composition import Chemin
from dossier.model.yaml_strict import DocumentYaml, chemin_lisible

_SQUELETTE = "(voir le squelette écrit par « dossier init »)"

# error type raised by our validators (types.py, claim.py, parties.py) -> (code, what to do)
_TYPES_VALEUR = {
    "montant_sans_guillemets": ("VALEUR-01", "Mettez le montant entre guillemets, avec un point décimal."),
    "montant_invalide": (
        "VALEUR-01",
        "Écrivez le montant entre guillemets, en chiffres, avec un point décimal, sans espace ni symbole.",
    ),
    "montant_negatif": (
        "VALEUR-01",
        "Écrivez le montant sans signe moins ; un avoir se déduit du montant de la facture qu'il corrige.",
    ),
    "montant_decimales": (
        "VALEUR-01",
        "Recopiez le montant au centime près, tel qu'il figure sur la facture ou le relevé.",
    ),
    "montant_trop_grand": (
        "VALEUR-01",
        "Vérifiez le montant : il a sans doute des chiffres en trop ; au-delà, la créance se découpe "
        "en plusieurs dossiers.",
    ),
    "date_format": ("VALEUR-02", "Écrivez la date au format AAAA-MM-JJ, entre guillemets."),
    "date_hors_bornes": ("VALEUR-02", "Vérifiez l'année d'après le document d'origine."),
    "texte_trop_long": (
        "VALEUR-12",
        "Raccourcissez la valeur ; un long texte a sa place dans « message_libre » ou le résumé "
        "d'un échange.",
    ),
    "texte_invalide": (
        "VALEUR-12",
        "Retapez la valeur au clavier : copiée d'une page web, d'un PDF ou d'un tableur, elle emporte "
        "parfois des caractères invisibles.",
    ),
    "texte_balise": (
        "VALEUR-12",
        "Retirez les chevrons « < > » et ce qu'ils entourent ; écrivez le texte seul.",
    ),
    "date_impossible": ("VALEUR-02", "Corrigez le jour ou le mois d'après le document d'origine."),
    "siren_invalide": (
        "VALEUR-03",
        "Recopiez les 9 chiffres depuis l'extrait Kbis ou l'avis de situation "
        "INSEE (annuaire-entreprises.data.gouv.fr).",
    ),
    "siret_invalide": (
        "VALEUR-03",
        "Recopiez les 14 chiffres depuis l'avis de situation INSEE (annuaire-entreprises.data.gouv.fr).",
    ),
    "iban_invalide": ("VALEUR-04", "Recopiez l'IBAN depuis le RIB de la banque, espaces permis."),
    "bic_invalide": ("VALEUR-04", "Recopiez le BIC depuis le RIB de la banque."),
    "ics_invalide": ("VALEUR-05", "Recopiez l'identifiant créancier SEPA (ICS) attribué par la banque."),
    "entier_invalide": (
        "VALEUR-06",
        "Écrivez un nombre entier, sans décimales ni zéro en tête, par exemple 8.",
    ),
    "taux_invalide": (
        "VALEUR-07",
        'Écrivez le taux annuel en pourcentage entre guillemets, par exemple "10.00".',
    ),
    "clause_penale_un_seul": (
        "VALEUR-09",
        'Donnez exactement l\'un des deux : « montant: "150.00" » '
        '(somme fixe) ou « taux: "10" » (pourcentage du principal).',
    ),
}


def _position(chemin: Chemin, positions: dict[Chemin, Position]) -> Position | None:
    """Where `chemin` was written, else its nearest written parent, always labelled `chemin`."""
    proche = chemin
    while proche not in positions and proche:
        proche = proche[:-1]
    ou = positions.get(proche)
    if ou is not None and ou.chemin != chemin_lisible(chemin):
        ou = Position(ou.fichier, ou.ligne, ou.colonne, chemin_lisible(chemin))
    return ou


def _dans(chemin: Chemin) -> str:
    return f"dans « {chemin_lisible(chemin)} »" if chemin else "au premier niveau du fichier"


def _de(chemin: Chemin) -> str:
    return f"de « {chemin_lisible(chemin)} »" if chemin else "du premier niveau du fichier"


def _nom(chemin: Chemin) -> str:
    if not chemin:
        return "le fichier"
    return f"« {chemin_lisible(chemin) if isinstance(chemin[-1], int) else chemin[-1]} »"


def _montrer(valeur: Any) -> str:
    """A value as the user wrote it: true/false, not Python's True/False."""
    if isinstance(valeur, bool):
        return "true" if valeur else "false"
    return "(vide)" if valeur is None else str(valeur)


def _sans_accents(texte: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", texte.lower()) if not unicodedata.combining(c))


def _distance(a: str, b: str) -> int:
    """Edits from `a` to `b`, a swap of two neighbouring letters counting as one (typing slips)."""
    precedente: list[int] = []
    ligne = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        avant, precedente, ligne = precedente, ligne, [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cout = 0 if a[i - 1] == b[j - 1] else 1
            ligne[j] = min(precedente[j] + 1, ligne[j - 1] + 1, precedente[j - 1] + cout)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                ligne[j] = min(ligne[j], avant[j - 2] + 1)
    return ligne[len(b)]


def _proche(mot: str, choix: list[str]) -> str | None:
    """The allowed word the user most likely meant: a slip or two away, case and accents aside."""
    norme = _sans_accents(mot)
    tolerance = 1 if len(norme) <= 4 else 2 if len(norme) <= 10 else 3
    candidats = sorted((_distance(norme, _sans_accents(c)), i, c) for i, c in enumerate(choix))
    return candidats[0][2] if candidats and candidats[0][0] <= tolerance else None


def _suggestion(mot: str, proche: str | None, quoi: str) -> str:
    if proche is None:
        return ""
    if mot.lower() == proche:
        precision = f" ({quoi} s'écrivent en minuscules)"
    elif _sans_accents(mot) == proche:
        precision = f" ({quoi} s'écrivent sans accents)"
    else:
        precision = ""
    return f" Vouliez-vous dire « {proche} » ?{precision}"


def traduire_tout(
    erreurs: list[Any], document: DocumentYaml, positions: dict[Chemin, Position], nom: str
) -> list[Constat]:
    manquantes = {tuple(e["loc"]) for e in erreurs if e["type"] == "missing"}
    constats: list[Constat] = []
    remplacees: set[Chemin] = set()
    for erreur in erreurs:
        chemin: Chemin = tuple(erreur["loc"])
        if erreur["type"] == "extra_forbidden":
            cle, parent = str(chemin[-1]), chemin[:-1]
            attendues = champs_permis(parent)
            proche = _proche(cle, attendues)
            ligne, colonne = document.cles.get(chemin, document.positions.get(chemin, (1, 1)))
            ou = Position(nom, ligne, colonne, chemin_lisible(chemin))
            message = f"clé inconnue « {cle} » {_dans(parent)}.{_suggestion(cle, proche, 'les clés')}"
            que_faire = (
                f"Renommez « {cle} » en « {proche} »."
                if proche
                else f"Retirez-la, ou choisissez parmi les clés possibles ici : {', '.join(attendues)}."
            )
            if proche is not None and (*parent, proche) in manquantes:
                remplacees.add((*parent, proche))
                que_faire = f"Renommez « {cle} » en « {proche} » : cette clé est obligatoire."
            constats.append(constat("CHAMP-01", message, ou=ou, que_faire=que_faire))
    # pydantic counts only the valid items of a list: one bad invoice out of one is reported both
    # as itself and as « the list is too short », which would be untrue
    sous_erreurs = {tuple(e["loc"])[:n] for e in erreurs for n in range(len(e["loc"]))}
    for erreur in erreurs:
        chemin = tuple(erreur["loc"])
        if erreur["type"] == "too_short" and chemin in sous_erreurs:
            continue
        if erreur["type"] != "extra_forbidden" and chemin not in remplacees:
            constats.append(_traduire(erreur, chemin, positions))
    return constats


def _traduire(erreur: Any, chemin: Chemin, positions: dict[Chemin, Position]) -> Constat:
    ou = _position(chemin, positions)
    genre = erreur["type"]
    cle = str(chemin[-1]) if chemin else ""
    donne = erreur.get("input")
    if genre == "missing":
        parent = chemin[:-1]
        return constat(
            "CHAMP-02", f"clé obligatoire « {cle} » absente {_de(parent)}", ou=ou, que_faire=_ajoutez(chemin)
        )
    if genre == "consommateur_manquant":
        chemin = (*chemin, "consommateur")
        return constat(
            "CHAMP-02",
            erreur["msg"],
            ou=_position(chemin, positions),
            que_faire="Ajoutez « consommateur: true » si le débiteur est un particulier, "
            "« consommateur: false » s'il a agi pour son activité professionnelle.",
        )
    if genre == "too_short":
        element = annotation_de((*chemin, 0))
        cles = cles_obligatoires(element) if element is not None else []
        avec = f", avec au moins les clés {', '.join(cles)}" if cles else ""
        return constat(
            "CHAMP-02",
            f"la liste {_nom(chemin)} est vide",
            ou=ou,
            que_faire=f"Ajoutez au moins un élément, ligne commençant par « - »{avec} {_SQUELETTE}.",
        )
    if genre == "string_too_short":
        return constat(
            "CHAMP-02",
            f"{_nom(chemin)} est vide",
            ou=ou,
            que_faire=f"Écrivez la valeur entre guillemets : « {cle}: {exemple(annotation_de(chemin))} ».",
        )
    if chemin == ("version",) and genre in ("literal_error", "entier_invalide", "texte_attendu"):
        return constat(
            "CHAMP-04",
            f"version « {_montrer(donne)} » inconnue : ce programme lit les fichiers de version 1",
            ou=ou,
            que_faire="Écrivez « version: 1 », ou utilisez la version de dossier qui a écrit ce fichier.",
        )
    if genre == "literal_error":
        return _literal(erreur, chemin, ou)
    if genre == "string_pattern_mismatch" and cle == "code_postal":
        return constat(
            "VALEUR-08",
            f"code postal « {donne} » invalide : un code postal français a 5 chiffres",
            ou=ou,
            que_faire='Écrivez les 5 chiffres entre guillemets, zéro en tête compris (par exemple "01000").',
        )
    if genre in ("bool_type", "bool_parsing"):
        return constat(
            "CHAMP-03",
            _booleen(donne, chemin),
            ou=ou,
            que_faire=f"Écrivez « {cle}: true » ou « {cle}: false » (en minuscules, sans guillemets).",
        )
    if genre == "procedure_sans_details":
        return constat(
            "CHAMP-03",
            erreur["msg"],
            ou=ou,
            que_faire='Écrivez « procedure_collective: {type: redressement, date: "2026-01-12"} » '
            "(sauvegarde, redressement ou liquidation), ou « procedure_collective: false ».",
        )
    if genre in ("too_long", "less_than_equal"):
        return _trop(erreur, chemin, ou)
    if genre in _TYPES_VALEUR:
        code, que_faire = _TYPES_VALEUR[genre]
        return constat(code, erreur["msg"], ou=ou, que_faire=que_faire)
    if genre == "value_error":  # a model's own check without a type of its own: say it as written
        return constat("VALEUR-09", str(erreur["msg"]).removeprefix("Value error, "), ou=ou)
    return _forme_inattendue(chemin, donne, ou)


def _trop(erreur: Any, chemin: Chemin, ou: Position | None) -> Constat:
    """A count beyond its bound (model/limites.py): how many, the most, and what to do."""
    contexte = erreur.get("ctx") or {}
    if erreur["type"] == "too_long":
        message = (
            f"la liste {_nom(chemin)} compte {contexte.get('actual_length')} éléments : "
            f"au plus {contexte.get('max_length')} sont acceptés dans un dossier"
        )
    else:
        donne, plafond = _montrer(erreur.get("input")), contexte.get("le")
        message = f"{_nom(chemin)} vaut {donne} : au plus {plafond} dans un dossier"
    return constat(
        "VALEUR-11",
        message,
        ou=ou,
        que_faire="Vérifiez la valeur ; une créance aussi étendue se découpe en plusieurs dossiers "
        "(un par contrat ou par période).",
    )


def _booleen(donne: Any, chemin: Chemin) -> str:
    if donne is None:
        return f"{_nom(chemin)} est vide, alors qu'on attend ici true ou false"
    if isinstance(donne, str) and donne in ("true", "false"):
        return f"« {donne} » est écrit entre guillemets : true et false s'écrivent sans guillemets"
    return (
        f"« {_montrer(donne)} » n'est pas une valeur booléenne : seuls true et false, en minuscules, "
        "sont acceptés"
    )


def _literal(erreur: Any, chemin: Chemin, ou: Position | None) -> Constat:
    choix = _choix(erreur)
    donne = erreur.get("input")
    if donne is None:
        message = f"{_nom(chemin)} est vide"
    else:
        suggestion = _suggestion(_montrer(donne), _proche(_montrer(donne), choix), "les valeurs")
        message = f"valeur « {_montrer(donne)} » non prévue pour {_nom(chemin)}.{suggestion}"
    return constat("CHAMP-04", message, ou=ou, que_faire=f"Choisissez parmi : {', '.join(choix)}.")


def _forme_inattendue(chemin: Chemin, donne: Any, ou: Position | None) -> Constat:
    annotation = annotation_de(chemin)
    attendu = forme(annotation)
    que_faire = _ajoutez(chemin, "Écrivez")
    if donne is None:
        message = f"{_nom(chemin)} est vide, alors qu'on attend ici {attendu}"
        cle = chemin[-1] if chemin else None
        if isinstance(cle, str) and cle not in cles_obligatoires(annotation_de(chemin[:-1])):
            que_faire = (
                f"Retirez la ligne « {cle}: » si elle ne sert pas ; sinon, "
                f"{que_faire[0].lower()}{que_faire[1:]}"
            )
    elif isinstance(donne, dict):
        message = f"{_nom(chemin)} est une section (« cle: valeur »), alors qu'on attend ici {attendu}"
    elif isinstance(donne, list):
        message = f"{_nom(chemin)} est une liste, alors qu'on attend ici {attendu}"
    else:
        message = f"{_nom(chemin)} vaut « {_montrer(donne)} », alors qu'on attend ici {attendu}"
    return constat("CHAMP-03", message, ou=ou, que_faire=que_faire)


def _ajoutez(chemin: Chemin, verbe: str = "Ajoutez") -> str:
    """What to write at `chemin`, with an example of its type."""
    annotation = annotation_de(chemin)
    dernier = chemin[-1] if chemin else ""
    section = modele(annotation)
    cles = cles_obligatoires(annotation) or (list(section.model_fields)[:4] if section else [])
    if isinstance(dernier, int):  # an item of a list
        if section is not None:
            return (
                f"Écrivez cet élément comme une section : « - » suivi de ses clés ({', '.join(cles)}…), "
                f"une par ligne, alignées {_SQUELETTE}."
            )
        return f"Écrivez cet élément comme {forme(annotation)} : « - {exemple(annotation)} » {_SQUELETTE}."
    lieu = f" {_dans(chemin[:-1])}" if verbe == "Ajoutez" else ""
    if section is not None:
        return (
            f"{verbe} « {dernier}: »{lieu} puis, en dessous et indentées, ses clés ({', '.join(cles)}…) "
            f"{_SQUELETTE}."
        )
    if forme(annotation).startswith("une liste"):
        return f"{verbe} « {dernier}: »{lieu} puis un élément par ligne, commençant par « - » {_SQUELETTE}."
    return f"{verbe} « {dernier}: {exemple(annotation)} »{lieu} {_SQUELETTE}."


def _choix(erreur: Any) -> list[str]:
    attendus = (erreur.get("ctx") or {}).get("expected", "")
    return [m.strip(" '\"") for m in attendus.replace(" or ", ",").split(",") if m.strip(" '\"")]
