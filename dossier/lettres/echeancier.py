"""The instalment agreement (échéancier with acknowledgement of debt) and its SEPA mandate, as `Lettre`s
of genre « acte » (render/letter.py): one Jinja source each, laid out to PDF and DOCX alike.

docs/droit.md § 5: parties; the sum acknowledged in letters and figures and a zone for the debtor's own
mention (C. civ. 1376); the schedule; the payment means (SEPA mandate with RUM and ICS, one EPC QR
code per instalment for transfers, cheques listed); interest during the plan; a déchéance du terme
clause requiring a prior written reminder and a notice period; prescription (C. civ. 2240);
« lu et approuvé », place, date, signatures, one copy per party. Both documents end with their
signature boxes at a fixed place of their last page (render/zones.py).

RUM (référence unique de mandat, SEPA Core rulebook: at most 35 characters, unique per creditor):
``<reference>-<AAAAMMJJ>-<empreinte>`` where `reference` is the claim's reference in capitals with
every character outside A-Z and 0-9 turned into « - » (cut to 18 characters), AAAAMMJJ the
agreement's day, and `empreinte` the first 6 hexadecimal digits (capitals) of the SHA-256 of
« ICS|reference|debtor's IBAN|agreement day ». Same claim, same RUM; another debtor account or
another agreement, another RUM. Only A-Z, 0-9 and « - »: within the SEPA character set.

    >>> import re
    >>> valeur = rum_de("FR72ZZZ123456", "2026/0142 b", "FR7630006000011234567890189", date(2026, 4, 15))
    >>> valeur, len(valeur) <= 35, bool(re.fullmatch(r"[A-Z0-9-]+", valeur))
    ('2026-0142-B-20260415-87F4E4', True, True)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dossier.francais import date_courte, date_longue, euros
from dossier.law.calcul import Calcul, Nature
from dossier.law.plan.echeancier import Echeance, Echeancier, limites
from dossier.lettres import interets
from dossier.lettres.contexte import FACTURES, adresse_une_ligne, noms_documents, ventilation
from dossier.lettres.courrier import (
    composer,
    entrepreneur_individuel,
    identifiant_creancier,
    nom_creancier,
    nom_debiteur,
    nom_et_forme,
)
from dossier.model.claim import Creance
from dossier.model.parties import Banque, Creancier, Mandataire
from dossier.render.epc import VirementEpc
from dossier.render.letter import Lettre, Paiement, Signatures, ZoneSignature

RUM_MAX, REFERENCE_MAX, EMPREINTE = 35, 18, 6
PERIODICITES = {"mensuelle": "mensuelles", "hebdomadaire": "hebdomadaires"}
CONSIGNE = "Chaque partie date, écrit « Lu et approuvé » et signe dans son cadre."
LIBELLE_ECHEANCE, LIBELLE_ACOMPTE = "echeance", "acompte"  # SEPA character set: no accent


def rum_de(ics: str, reference: str, iban: str, accord: date) -> str:
    """The mandate's unique reference (see the module's docstring)."""
    base = re.sub(r"[^A-Z0-9]", "-", reference.upper())[:REFERENCE_MAX].strip("-") or "DOSSIER"
    empreinte = hashlib.sha256(f"{ics}|{reference}|{iban}|{accord.isoformat()}".encode()).hexdigest()
    valeur = f"{base}-{accord:%Y%m%d}-{empreinte[:EMPREINTE].upper()}"
    assert len(valeur) <= RUM_MAX
    return valeur


def rum(creance: Creance, echeancier: Echeancier) -> str:
    banque = creance.debiteur.banque
    ics = creance.creancier.ics
    if banque is None or ics is None:  # the loader refuses a SEPA plan without them (VALEUR-09)
        raise ValueError("mandat SEPA sans ICS ou sans compte du débiteur")
    return rum_de(ics, creance.reference, banque.iban, echeancier.date_accord)


@dataclass(frozen=True)
class Beneficiaire:
    """Who receives transfers and cheques: the agency managing the file (R124-6), else the creditor."""

    nom: str
    titulaire: str
    banque: Banque | None
    adresse: str

    @property
    def iban_lisible(self) -> str:
        return iban_lisible(self.banque.iban) if self.banque else ""


def iban_lisible(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def beneficiaire(creance: Creance) -> Beneficiaire:
    qui: Creancier | Mandataire = creance.mandataire or creance.creancier
    banque = qui.banque
    titulaire = banque.titulaire if banque and banque.titulaire else qui.nom
    return Beneficiaire(qui.nom, titulaire, banque, f"{qui.nom}, {adresse_une_ligne(qui.adresse)}")


def libelle_echeance(creance: Creance, echeance: Echeance, echeancier: Echeancier) -> str:
    """The remittance text of an instalment: « <reference> echeance n/N » (« acompte » for number 0).

    « echeance » without its accents: a transfer's remittance text travels in the SEPA Latin
    character set (EPC217-08: a-z, A-Z, 0-9 and / - ? : ( ) . , ' + space), where « é » is not.
    """
    if echeance.numero == 0:
        return f"{creance.reference} {LIBELLE_ACOMPTE}"
    return f"{creance.reference} {LIBELLE_ECHEANCE} {echeance.numero}/{echeancier.nombre}"


def lieu(creance: Creance) -> str:
    return creance.options.lieu or creance.creancier.adresse.ville


def partie_creancier(creance: Creance) -> str:
    c = creance.creancier
    adresse = adresse_une_ligne(c.adresse)
    if entrepreneur_individuel(c):  # C. com. R526-27: « EI » and the registration beside the name
        identifiant = identifiant_creancier(c)
        return ", ".join(m for m in (nom_creancier(c), identifiant, f"demeurant {adresse}") if m)
    if c.type == "personne_physique":
        return f"{c.nom}, demeurant {adresse}"
    morceaux = [nom_creancier(c)]
    if c.siren:
        morceaux.append(f"SIREN {c.siren}")
    morceaux.append(f"dont le siège est {adresse}")
    morceaux.append(f"représentée par {c.signataire.nom}, {c.signataire.qualite}")
    return ", ".join(morceaux)


def partie_debiteur(creance: Creance) -> str:
    d = creance.debiteur
    adresse = adresse_une_ligne(d.adresse)
    if d.type == "personne_physique":
        return f"{nom_debiteur(creance)}, demeurant {adresse}"
    morceaux = [nom_debiteur(creance)]
    if d.siren:
        morceaux.append(f"SIREN {d.siren}")
    morceaux.append(f"dont le siège est {adresse}")
    if d.representant:
        morceaux.append(f"représentée par {d.representant.nom}, {d.representant.qualite}")
    return ", ".join(morceaux)


def zones(creance: Creance, avec_creancier: bool = True) -> tuple[ZoneSignature, ...]:
    c, d = creance.creancier, creance.debiteur
    if d.type == "personne_morale" and d.representant:
        debiteur = (d.representant.nom, f"{d.representant.qualite}, pour {nom_et_forme(d.nom, d.forme)}")
    elif d.type == "personne_morale":
        debiteur = (nom_et_forme(d.nom, d.forme), "par son représentant légal")
    else:
        debiteur = (nom_debiteur(creance), "en son nom personnel")
    creancier = (c.signataire.nom, f"{c.signataire.qualite}, pour {nom_creancier(c)}")
    if c.type == "personne_physique" and not c.professionnel:
        creancier = (c.nom, "en son nom personnel")
    resultat = [ZoneSignature("debiteur", "Le débiteur", debiteur)]
    if avec_creancier:
        resultat.insert(0, ZoneSignature("creancier", "Le créancier", creancier))
    return tuple(resultat)


def _fait(creance: Creance, jour: date, exemplaires: str) -> str:
    return f"Fait à {lieu(creance)}, le {date_longue(jour)}, {exemplaires}."


def _codes(creance: Creance, echeancier: Echeancier) -> tuple[Paiement, ...]:
    qui = beneficiaire(creance)
    if creance.plan is None or creance.plan.moyen != "virement" or qui.banque is None:
        return ()
    codes = []
    for echeance in echeancier.paiements:
        virement = VirementEpc(
            qui.titulaire,
            qui.banque.iban,
            echeance.montant,
            libelle_echeance(creance, echeance, echeancier),
            bic=qui.banque.bic,
        )
        rang = "Acompte" if echeance.numero == 0 else f"{echeance.numero}/{echeancier.nombre}"
        codes.append(
            Paiement(virement, (f"{rang} — {date_courte(echeance.date)} — {euros(echeance.montant)}",))
        )
    return tuple(codes)


def echeancier(
    creance: Creance,
    plan: Echeancier,
    calcul: Calcul,
    jour_edition: date,
    montant_indemnite: Decimal | None,
) -> Lettre:
    """`echeancier.pdf`: the agreement, dated its day; `calcul` is the Computation of `plan.arrete_au`."""
    assert creance.plan is not None
    qui = beneficiaire(creance)
    reconnue = plan.reconnue
    valeurs = {
        "creancier_partie": partie_creancier(creance),
        "debiteur_partie": partie_debiteur(creance),
        "contrat": creance.contrat,
        "reclamation": reconnue,
        "ventilation": ventilation(reconnue, False, montant_indemnite),
        "documents": noms_documents(creance) if creance.contrat else FACTURES,
        "libelles": {f.numero: f.libelle for f in creance.factures if f.libelle},
        "explication_interets": interets.explication(creance, calcul, reconnue),
        "total": plan.total,
        "arrete_au": plan.arrete_au,
        "date_accord": plan.date_accord,
        "plan": plan,
        "acompte": plan.acompte,
        "reste": plan.total - (plan.acompte.capital if plan.acompte else Decimal(0)),
        "nombre": plan.nombre,
        "periodicite": PERIODICITES[plan.periodicite],
        "par_nombre": creance.plan.nombre_echeances is not None,
        "reportees": any(e.reportee for e in plan.echeances),
        "parts": _parts(plan),
        "accessoires": _accessoires(plan),
        "moyen": creance.plan.moyen,
        "reference": creance.reference,
        "libelle_echeance": LIBELLE_ECHEANCE,
        "libelle_acompte": LIBELLE_ACOMPTE,
        "beneficiaire": qui,
        # the ICS holder, named as the mandate names it: the creditor, even when an agency manages
        # the file (the agency has no ICS of its own in claim.yaml)
        "creancier_sepa": nom_creancier(creance.creancier),
        "sepa": _sepa(creance, plan) if creance.plan.moyen == "prelevement_sepa" else None,
        "preavis": limites().preavis_decheance_jours,
    }
    debiteur = creance.debiteur
    return composer(
        creance,
        None,
        plan.date_accord,
        jour_edition,
        lieu=lieu(creance),
        objet="Échéancier de paiement et reconnaissance de dette",
        titre=f"Échéancier de paiement — {creance.reference}",
        sujet=f"Échéancier de paiement — {debiteur.nom}",
        gabarit="letters/echeancier.txt.j2",
        valeurs=valeurs,
        references=(f"Dossier {creance.reference}",),
        reproduit=_reproduit(plan.date_accord, jour_edition),
        quoi="de l'échéancier daté",
        genre="acte",
        codes=_codes(creance, plan),
        titre_codes="Codes de paiement des échéances",
        signatures=Signatures(
            fait=_fait(creance, plan.date_accord, "en deux exemplaires originaux, un pour chaque partie"),
            consigne=CONSIGNE,
            zones=zones(creance),
            mention=(
                "Mention à écrire par le débiteur lui-même (article 1376 du code civil), la somme en "
                "toutes lettres puis en chiffres :",
                "« Je reconnais devoir la somme de (en toutes lettres) … (en chiffres) … euros. »",
            ),
        ),
    )


def _parts(plan: Echeancier) -> dict[str, object]:
    """The first and last capital parts, for the sentence that describes the split truthfully:
    « 5 échéances de 533,38 € chacune et une dernière de 533,42 € » (`courantes`: all but the last)."""
    premiere, derniere = plan.echeances[0].capital, plan.echeances[-1].capital
    return {
        "premiere": premiere,
        "derniere": derniere,
        "egales": premiere == derniere,
        "courantes": len(plan.echeances) - 1,
    }


def _accessoires(plan: Echeancier) -> str | None:
    """What the acknowledged sum holds besides the principal, named for the interest clause."""
    reconnue = plan.reconnue
    noms = []
    if reconnue.interets:
        noms.append(
            "pénalités de retard" if reconnue.nature_interets is Nature.PENALITES else "intérêts de retard"
        )
    if reconnue.indemnites:
        noms.append("indemnités forfaitaires")
    return " et ".join(noms) or None


def _sepa(creance: Creance, plan: Echeancier) -> dict[str, str]:
    banque = creance.debiteur.banque
    assert banque is not None and creance.creancier.ics is not None
    return {
        "rum": rum(creance, plan),
        "ics": creance.creancier.ics,
        "iban": iban_lisible(banque.iban),
        "bic": banque.bic,
    }


def _reproduit(jour_document: date, jour_edition: date) -> date | None:
    return jour_document if jour_document < jour_edition else None


def mandat_sepa(creance: Creance, plan: Echeancier, jour_edition: date) -> Lettre:
    """`mandat-sepa.pdf`: the SEPA Core mandate the debtor signs, for the plan's debits."""
    banque = creance.debiteur.banque
    assert banque is not None
    c = creance.creancier
    valeurs = {
        "sepa": _sepa(creance, plan),
        "creancier": c,
        "creancier_nom": nom_creancier(c),
        "adresse_creancier": adresse_une_ligne(c.adresse),
        "debiteur_nom": nom_debiteur(creance),
        "adresse_debiteur": adresse_une_ligne(creance.debiteur.adresse),
        "titulaire": banque.titulaire or nom_debiteur(creance),
        "date_accord": plan.date_accord,
        "reference": creance.reference,
        "nombre": plan.nombre,
    }
    return composer(
        creance,
        None,
        plan.date_accord,
        jour_edition,
        lieu=lieu(creance),
        objet="Mandat de prélèvement SEPA",
        titre=f"Mandat de prélèvement SEPA — {creance.reference}",
        sujet=f"Mandat de prélèvement SEPA — {creance.debiteur.nom}",
        gabarit="letters/mandat-sepa.txt.j2",
        valeurs=valeurs,
        references=(f"Dossier {creance.reference}",),
        reproduit=_reproduit(plan.date_accord, jour_edition),
        quoi="du mandat daté",
        genre="acte",
        signatures=Signatures(
            # the place and the date are the debtor's, written by hand where he signs (issue 21)
            fait="Un exemplaire signé est conservé par le créancier.",
            consigne="Le débiteur écrit dans son cadre le lieu et la date de sa signature, puis signe.",
            zones=zones(creance, avec_creancier=False),
        ),
    )
