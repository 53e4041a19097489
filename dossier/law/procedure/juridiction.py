"""La juridiction de la requête en injonction de payer : celle du domicile du débiteur.

Texte
    CPC, art. 1406 : « La demande est portée, selon le cas, devant le juge des contentieux de la
    protection ou devant le président du tribunal judiciaire ou du tribunal de commerce, dans la
    limite de la compétence d'attribution de ces juridictions. Le juge territorialement compétent
    est celui du lieu où demeure le ou l'un des débiteurs poursuivis. […] Les règles prescrites
    par les alinéas précédents sont d'ordre public. Toute clause contraire est réputée non écrite. »
    [S : texte relevé dans des sources secondaires]
    C. com., art. L721-3 : les tribunaux de commerce connaissent « 1° Des contestations relatives
    aux engagements entre commerçants, entre artisans, entre établissements de crédit […] ou entre
    eux ; 2° De celles relatives aux sociétés commerciales ; 3° De celles relatives aux actes de
    commerce entre toutes personnes ». « Entre artisans » depuis le 1er janvier 2022 (loi
    n° 2016-1547, art. 95 et 114) [S].
    C. com., art. L210-1, al. 2 : « Sont commerciales à raison de leur forme et quel que soit leur
    objet, les sociétés en nom collectif, les sociétés en commandite simple, les sociétés à
    responsabilité limitée et les sociétés par actions. » [S]
    CPC, art. 1406, al. 3 : « Le juge doit relever d'office son incompétence » [S].
    Loi n° 2023-1059 du 20 novembre 2023, art. 26 : à titre expérimental, douze tribunaux de
    commerce sont renommés tribunaux des activités économiques (liste : `juridictions.yaml`) [S].

Lecture retenue (docs/droit.md § 6)
    - Les deux parties commerçantes ou artisans (`commercant: true`, `artisan: true`, ou une
      société commerciale par sa forme — SARL, SAS, SA… : L210-1 — quoi que dise `commercant`), le
      débiteur n'ayant pas agi en consommateur : la créance est présumée née de leur activité ;
      tribunal de commerce, ou tribunal des activités économiques quand la ville du débiteur est
      le siège de l'un des douze pendant l'expérimentation. Un débiteur ni commerçant ni artisan,
      même pour un acte de commerce du créancier (acte mixte), va devant le tribunal judiciaire
      [S] ; un créancier non commerçant face à un débiteur commerçant pourrait choisir le tribunal
      de commerce [S] : dossier propose le tribunal judiciaire, sans trancher.
    - Un bail commercial (`contrat.type: bail_commercial`) : le tribunal judiciaire, quelle que
      soit la qualité des parties (COJ R211-3-26, 11° [S] : compétence exclusive en matière de baux
      commerciaux, hors fixation du loyer révisé ou renouvelé) ; un tribunal de commerce confirmé
      est un avertissement (JUR-04), non un blocage : sa compétence pour une simple demande de
      loyers entre commerçants est discutée (`juridictions.yaml`).
    - Sinon, le tribunal judiciaire ; son juge des contentieux de la protection pour un bail
      d'habitation (le crédit à la consommation, autre matière de ce juge, n'est pas un type de
      contrat du dossier).
    - Toujours au domicile ou au siège du débiteur (`debiteur.adresse`) ; une clause du contrat
      désignant un autre tribunal est réputée non écrite (1406).
    - Sans table des ressorts, dossier propose un type de juridiction « compétent pour » l'adresse
      du débiteur (JUR-01). Une requête nomme son tribunal (CPC 1407) : sans `juridiction.nom`,
      elle n'est pas rédigée (JUR-02, bloquant). Un nom confirmé qui ne contient pas la commune du
      débiteur (JUR-03) est signalé : ce peut être juste (une commune voisine relève souvent du
      tribunal de la ville), l'utilisateur vérifie. Un nom d'un autre type (JUR-04) est signalé,
      sauf un tribunal judiciaire entre commerçants ou artisans : L721-3, 1° attribue ces
      contestations au tribunal de commerce, la règle est d'ordre public et le juge relève
      d'office son incompétence (CPC 1406) : bloquant (JUR-05). L'inverse (tribunal de commerce
      face à un débiteur décrit non commerçant) reste un avertissement : le créancier non
      commerçant peut choisir le tribunal de commerce d'un débiteur commerçant [S], et claim.yaml
      peut mal décrire le débiteur.

Exemples
    >>> from datetime import date
    >>> from dossier.law.exemples import exemple, facture
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]
    >>> grenoble = {"ligne1": "2 place aux Herbes", "code_postal": "38000", "ville": "Grenoble"}
    >>> proposer(exemple("b2b", factures=f, debiteur={"adresse": grenoble}), date(2026, 3, 1)).nom
    'Tribunal de commerce compétent pour 38000 Grenoble'
    >>> proposer(exemple("b2b", factures=f), date(2026, 3, 1)).nom   # Lyon: one of the twelve
    'Tribunal des activités économiques de Lyon'
    >>> proposer(exemple("b2b", factures=f), date(2024, 12, 31)).type   # before the experiment
    'tribunal_de_commerce'
    >>> proposer(exemple("consommateur", factures=f), date(2026, 3, 1)).type
    'tribunal_judiciaire'
    >>> proposer(exemple("bail", factures=f), date(2026, 3, 1)).type
    'juge_des_contentieux_de_la_protection'
    >>> proposer(exemple("civil", factures=f), date(2026, 3, 1)).motif[:46]  # a private creditor
    "le créancier n'est ni commerçant ni artisan : "
    >>> bail = {"type": "bail_commercial", "objet": "Local", "date": "2024-01-01"}
    >>> proposer(exemple("b2b", factures=f, contrat=bail), date(2026, 3, 1)).article   # two merchants
    'COJ R211-3-26, 11° ; CPC 1406'
    >>> sas = {"adresse": grenoble, "forme": "SAS", "commercant": False}  # commercial by its form
    >>> proposer(exemple("b2b", factures=f, debiteur=sas), date(2026, 3, 1)).type
    'tribunal_de_commerce'
    >>> c = exemple("consommateur", factures=f, juridiction={"nom": "Tribunal de commerce de Lyon"})
    >>> [k.code for k in verifier(c, proposer(c, date(2026, 3, 1)))]
    ['JUR-01', 'JUR-04']
    >>> c = exemple("b2b", factures=f, juridiction={"nom": "Tribunal judiciaire de Lyon"})
    >>> [k.code for k in verifier(c, proposer(c, date(2026, 3, 1)))]
    ['JUR-01', 'JUR-05']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from dossier.findings import Constat, constat
from dossier.law.procedure.juridictions_yaml import TypesYaml, donnees
from dossier.model.claim import Creance
from dossier.model.parties import Creancier, Debiteur

CODES = ("JUR-01", "JUR-02", "JUR-03", "JUR-04", "JUR-05")
COMMERCE = "tribunal_de_commerce"
TAE = "tribunal_des_activites_economiques"
JUDICIAIRE = "tribunal_judiciaire"
PROTECTION = "juge_des_contentieux_de_la_protection"
# A confirmed name of one type may rightly name a proposal of another: the JCP sits in the TJ.
COMPATIBLES = {PROTECTION: {PROTECTION, JUDICIAIRE}, JUDICIAIRE: {JUDICIAIRE, PROTECTION}}
CONSULAIRES = frozenset({COMMERCE, TAE})
CIVILES = frozenset({JUDICIAIRE, PROTECTION})


@dataclass(frozen=True)
class SiegeTae:
    ville: str
    departement: str
    ressort: str


@dataclass(frozen=True)
class Proposition:
    """The court dossier proposes, and why; the user confirms its exact name in `juridiction.nom`."""

    type: str  # a key of `juridictions.yaml` « types »
    libelle: str  # « tribunal de commerce »
    nom: str  # « Tribunal de commerce compétent pour 74000 Annecy » or a TAE's exact name
    juge: str  # whom the requête is addressed to: « Président », « juge des contentieux de la protection »
    motif: str
    article: str
    fiabilite: str
    tae_du_departement: SiegeTae | None  # a TAE seat in the debtor's département (commercial cases)
    qualites: tuple[str, ...] = ()  # why each party counts as a merchant or an artisan, when it does


def _sieges_tae(jour: date) -> tuple[SiegeTae, ...]:
    experimentation = donnees().experimentation_tae
    if not experimentation.du <= jour <= experimentation.au:
        return ()
    return tuple(SiegeTae(s.ville, s.departement, s.ressort) for s in experimentation.sieges)


def reference_tae() -> str:
    """The texts of the TAE experiment, for the report (« [S] » : secondary sources)."""
    return " ".join(donnees().experimentation_tae.reference.split())


def normaliser(texte: str) -> str:
    """Lower case, no accents, hyphens and apostrophes as spaces: « Saint-Brieuc » → « saint brieuc ».

    >>> normaliser("Tribunal judiciaire d'Épinal-Saint-Dié")
    'tribunal judiciaire d epinal saint die'
    """
    sans_accents = "".join(
        c for c in unicodedata.normalize("NFKD", texte) if not unicodedata.combining(c)
    ).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", sans_accents).split())


def _mots(texte: str) -> str:
    """Like `normaliser`, hyphens kept: « Annecy-le-Vieux » stays one word, not « Annecy … »."""
    sans_accents = "".join(
        c for c in unicodedata.normalize("NFKD", texte) if not unicodedata.combining(c)
    ).lower()
    return " ".join(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.sub(r"\s*-\s*", "-", sans_accents)))


def commune(ville: str) -> str:
    """The commune a postal city names, normalised, without arrondissement or CEDEX.

    >>> commune("Paris 15e"), commune("Marseille 8e arrondissement"), commune("Annecy Cedex 9")
    ('paris', 'marseille', 'annecy')
    """
    return re.sub(r"( cedex)?( \d+.*)?$", "", normaliser(ville))


def _est_la_ville(ville: str, siege: str) -> bool:
    # « Paris », « Paris 15e », « Marseille 8e arrondissement » are the seat's city
    return commune(ville) == normaliser(siege)


def nomme_la_commune(nom: str, ville: str) -> bool:
    """Whether a court's name contains the commune as whole words (« Tribunal … de Paris » for
    « Paris 15e »; not « Tribunal … d'Annecy-le-Vieux » for « Annecy »).

    >>> nomme_la_commune("Tribunal des activités économiques de Paris", "Paris 15e")
    True
    >>> nomme_la_commune("Tribunal judiciaire de Vannes", "Vanne")
    False
    """
    cherche = re.sub(r"( cedex)?( \d+.*)?$", "", _mots(ville))
    return f" {cherche} " in f" {_mots(nom)} "


def forme_commerciale(forme: str | None) -> bool:
    """C. com. L210-1, al. 2: SNC, SCS, SARL (EURL), SA, SAS (SASU), SCA are commercial by form.

    >>> forme_commerciale("S.A.S."), forme_commerciale("SARL"), forme_commerciale("Association loi 1901")
    (True, True, False)
    """
    if not forme:
        return False
    normal = normaliser(forme)
    formes = donnees().formes_commerciales.formes
    return normal in formes or normal.replace(" ", "") in formes


def _qualite(partie: Creancier | Debiteur, jour: date) -> str | None:
    """Why a party counts as a merchant or an artisan for L721-3, 1°, or None."""
    if isinstance(partie, Debiteur) and partie.est_consommateur:
        return None  # acting as a consumer: not an engagement between professionals
    if partie.commercant:
        return "commerçant"
    if forme_commerciale(partie.forme):
        return f"société commerciale par sa forme ({partie.forme}, C. com. L210-1)"
    if partie.artisan and jour >= donnees().artisans.depuis:
        return "artisan"
    return None


def proposer(creance: Creance, jour: date) -> Proposition:
    """The court competent for the requête filed on `jour`, from the parties and the debtor's address."""
    types = donnees().types
    adresse = creance.debiteur.adresse
    departement = adresse.code_postal[:2]
    pour = f"{adresse.code_postal} {adresse.ville}"
    sieges = _sieges_tae(jour)
    tae_du_departement = next((s for s in sieges if s.departement == departement), None)
    # COJ R211-3-26, 11° : le tribunal judiciaire, seul, pour les baux commerciaux
    if creance.contrat is not None and creance.contrat.type == "bail_commercial":
        bail = donnees().bail_commercial
        proposition = _proposition(bail.type, types, pour, None)
        motif = " ".join(bail.motif.split())
        return replace(proposition, motif=motif, article=bail.article, fiabilite=bail.fiabilite)
    # L721-3, 1° : « entre commerçants, entre artisans […] ou entre eux »
    creancier, debiteur = _qualite(creance.creancier, jour), _qualite(creance.debiteur, jour)
    if creancier is not None and debiteur is not None:
        qualites = (f"{creance.creancier.nom} : {creancier}", f"{creance.debiteur.nom} : {debiteur}")
        siege = next((s for s in sieges if _est_la_ville(adresse.ville, s.ville)), None)
        if siege is not None:
            nom = f"Tribunal des activités économiques de {siege.ville}"
            return replace(_proposition(TAE, types, nom, siege), qualites=qualites)
        return replace(_proposition(COMMERCE, types, pour, tae_du_departement), qualites=qualites)
    # COJ L213-4-4 : le juge des contentieux de la protection connaît des baux d'habitation
    if creance.contrat is not None and creance.contrat.type == "bail_habitation":
        return _proposition(PROTECTION, types, pour, None)
    proposition = _proposition(JUDICIAIRE, types, pour, None)
    if debiteur is not None:  # the reason is the creditor, not the debtor (an SCI, an association…)
        motif = " ".join(types.tribunal_judiciaire.motif_creancier.split())
        qualites = (
            f"{creance.creancier.nom} : ni commerçant ni artisan",
            f"{creance.debiteur.nom} : {debiteur}",
        )
        return replace(proposition, motif=motif, qualites=qualites)
    return proposition


def _proposition(cle: str, types: TypesYaml, nom_ou_lieu: str, siege: SiegeTae | None) -> Proposition:
    """`nom_ou_lieu`: the exact name (a TAE seat), or the debtor's « 74000 Annecy » to propose a kind."""
    entree = types.du_type(cle)
    libelle = entree.libelle
    nom = nom_ou_lieu if cle == TAE else f"{libelle[0].upper()}{libelle[1:]} compétent pour {nom_ou_lieu}"
    return Proposition(
        type=cle,
        libelle=libelle,
        nom=nom,
        juge=entree.juge,
        motif=" ".join(entree.motif.split()),
        article=entree.article,
        fiabilite=entree.fiabilite,
        tae_du_departement=siege,
    )


def type_du_nom(nom: str) -> str | None:
    """The kind of court a name designates, from its words (`juridictions.yaml` « mots »)."""
    normal = normaliser(nom)
    for entree in donnees().mots:
        if normaliser(entree.mot) in normal:
            return entree.type
    return None


def verifier(creance: Creance, proposition: Proposition) -> list[Constat]:
    """JUR-01 (the proposal), then JUR-02 (not confirmed) or JUR-03 / JUR-04 (the confirmed name)."""
    adresse = creance.debiteur.adresse
    nom_propose = proposition.nom
    detail = ""
    if proposition.type == COMMERCE and proposition.tae_du_departement is not None:
        siege = proposition.tae_du_departement
        detail = (
            f" ; si la commune relève du ressort du {siege.ressort}, c'est le tribunal des activités "
            f"économiques de {siege.ville} (expérimentation, {reference_tae()})"
        )
    qualites = f" ({' ; '.join(proposition.qualites)})" if proposition.qualites else ""
    constats = [
        constat(
            "JUR-01",
            f"juridiction proposée : {nom_propose}, au domicile du débiteur (CPC 1406), car "
            f"{proposition.motif}{qualites} ({proposition.article}){detail} ; une clause du contrat "
            "désignant un autre tribunal est réputée non écrite",
            ou=creance.position("debiteur", "adresse"),
        )
    ]
    confirmee = creance.juridiction
    if confirmee is None:
        exemple = {TAE: nom_propose, COMMERCE: "Tribunal de commerce de …"}.get(
            proposition.type, "Tribunal judiciaire de …"
        )
        constats.append(
            constat(
                "JUR-02",
                "la juridiction n'est pas confirmée : une requête nomme le tribunal qu'elle saisit, elle "
                f"n'est pas rédigée ; dossier propose un {proposition.libelle}, celui dont relève "
                f"{adresse.code_postal} {adresse.ville}",
                ou=creance.position("debiteur", "adresse"),
                que_faire=f"Vérifiez sur l'annuaire des juridictions (justice.fr) le {proposition.libelle} "
                f"dont relève {adresse.code_postal} {adresse.ville}, puis confirmez son nom exact : "
                f'« juridiction: {{nom: "{exemple}"}} ».',
            )
        )
        return constats
    if not nomme_la_commune(confirmee.nom, adresse.ville):
        constats.append(
            constat(
                "JUR-03",
                f"le nom « {confirmee.nom} » ne contient pas la commune du débiteur ({adresse.ville}) : "
                "vérifiez qu'elle relève bien du ressort de ce tribunal",
                ou=creance.position("juridiction", "nom"),
            )
        )
    designe = type_du_nom(confirmee.nom)
    if designe is not None and designe not in COMPATIBLES.get(proposition.type, {proposition.type}):
        types = donnees().types
        libelles = {cle: types.du_type(cle).libelle for cle in TypesYaml.model_fields}
        # L721-3, 1° and CPC 1406 (d'ordre public, incompetence raised by the judge): between two
        # merchants or artisans, a civil court is certainly wrong; the other way round may be right.
        incompetent = proposition.type in CONSULAIRES and designe in CIVILES
        constats.append(
            constat(
                "JUR-05" if incompetent else "JUR-04",
                f"« {confirmee.nom} » désigne un {libelles[designe]}, alors que dossier attend un "
                f"{proposition.libelle} : {proposition.motif}{qualites}",
                ou=creance.position("juridiction", "nom"),
                que_faire=f"Confirmez le {proposition.libelle} dont relève {adresse.code_postal} "
                f"{adresse.ville} dans « juridiction: {{nom: …}} », ou corrigez « commercant » / "
                "« artisan » / « forme » des parties si elles sont mal décrites."
                if incompetent
                else "",
            )
        )
    return constats


def nom_retenu(creance: Creance) -> str | None:
    """The court the requête names: the user's confirmed name — never a proposal « compétent pour »
    (JUR-02 blocks the requête without it)."""
    return creance.juridiction.nom if creance.juridiction is not None else None
