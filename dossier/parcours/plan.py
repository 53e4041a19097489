"""The calendar of a claim with an instalment plan: the schedule and follow-up `build` uses
(law/plan/echeancier.py, law/plan/suivi.py) — the next instalment while the plan is kept; a missed
one: the courteous reminder, its notice period, then only the déchéance du terme (docs/droit.md §5);
after the déchéance, the whole balance: the mise en demeure, then the injonction de payer.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from dossier.francais import date_longue, euros
from dossier.law.calcul import Calcul
from dossier.law.calendrier import lendemain
from dossier.law.money import ZERO
from dossier.law.plan.echeancier import Echeance, Echeancier, limites
from dossier.law.plan.suivi import (
    DECHEANCE,
    RAPPEL,
    CourrierPlan,
    EtatPlan,
    SuiviPlan,
    articles_de_la_decheance,
    etat_au,
)
from dossier.law.procedure.etapes import SERIE, LettreAProduire, date_au_plus_tot
from dossier.law.rules.injonction_mise_en_demeure import derniere_mise_en_demeure, fin_du_delai
from dossier.lettres.suivi import noms_de_fichiers
from dossier.model.claim import Creance
from dossier.parcours.pas import MOYENS, Calendrier, Fait, SituationPlan
from dossier.vocabulaire import Etape


def suivre_plan(
    creance: Creance,
    calcul: Calcul,
    echeancier: Echeancier,
    suivi: SuiviPlan | None,
    jour: date,
    faits: tuple[Fait, ...],
) -> Calendrier:
    """The plan as `build` follows it (law/plan/suivi.py): its schedule, the reminder of a missed
    instalment, its notice period, the déchéance du terme, then the judicial path."""
    refus = [c for c in echeancier.constats if c.bloquant]
    if refus or suivi is None:
        raisons = tuple(
            f"l'échéancier ne peut pas être établi : {c.message} ({c.code})"
            for c in refus or echeancier.constats
        )
        return Calendrier(
            jour, Etape.AUCUNE, None, raisons or ("l'échéancier ne compte aucune échéance",), historique=faits
        )
    assert creance.plan is not None
    etat = suivi.etat
    prochaine, a_regler = _prochaine(echeancier, etat)
    situation = SituationPlan(
        echeancier.nombre,
        echeancier.acompte.montant if echeancier.acompte else None,
        echeancier.total_a_payer,
        creance.plan.moyen,
        etat.total_paye,
        etat.retard,
        etat.impayee,
        prochaine,
        a_regler,
    )
    envoyes = [c for c in suivi.courriers if c.envoye is not None]
    brouillon = next((c for c in suivi.courriers if c.envoye is None), None)
    decheances = [c for c in envoyes if c.type == DECHEANCE]
    if decheances:
        return _apres_decheance(creance, calcul, echeancier, decheances[-1], situation, jour, faits)
    impayee = etat.impayee
    if impayee is None:
        return _plan_respecte(creance, echeancier, situation, jour, faits)
    if brouillon is not None and brouillon.type == RAPPEL:
        return _rappel_a_envoyer(creance, echeancier, suivi, brouillon, situation, jour, faits)
    # `suivre` drafts a reminder unless one was sent after the unpaid instalment's date
    rappel = [c for c in envoyes if c.type == RAPPEL and c.date > impayee.date][-1]
    return _preavis_puis_decheance(creance, echeancier, suivi, rappel, brouillon, situation, jour, faits)


def _prochaine(echeancier: Echeancier, etat: EtatPlan) -> tuple[Echeance | None, Decimal | None]:
    """The next payment due from `etat.jour` on that the payments do not cover yet (they cover the
    payments in date order, as in `etat_au`), and what is left to pay of it."""
    cumul = ZERO
    for echeance in echeancier.paiements:
        cumul += echeance.montant
        if echeance.date >= etat.jour and cumul > etat.total_paye:
            return echeance, min(echeance.montant, cumul - etat.total_paye)
    return None, None


def _nom_echeance(echeance: Echeance, nombre: int) -> str:
    return "l'acompte" if echeance.numero == 0 else f"l'échéance n° {echeance.numero} sur {nombre}"


def _annonce(situation: SituationPlan) -> str:
    """« échéance n° 5 sur 5 le 10 juin 2026, 1 215,46 € par virement »."""
    prochaine, a_regler = situation.prochaine, situation.a_regler
    assert prochaine is not None and a_regler is not None
    quoi = "acompte" if prochaine.numero == 0 else f"échéance n° {prochaine.numero} sur {situation.nombre}"
    texte = f"{quoi} le {date_longue(prochaine.date)}, {euros(a_regler)} {MOYENS[situation.moyen]}"
    if a_regler < prochaine.montant:
        texte += (
            f" (sur {euros(prochaine.montant)} : {euros(prochaine.montant - a_regler)} déjà réglés d'avance)"
        )
    if prochaine.reportee:
        texte += f" (prévue le {date_longue(prochaine.date_prevue)}, reportée au premier jour ouvré)"
    return texte


def _plan_respecte(
    creance: Creance, echeancier: Echeancier, situation: SituationPlan, jour: date, faits: tuple[Fait, ...]
) -> Calendrier:
    if situation.prochaine is None:
        raison = (
            f"les {situation.nombre} échéances du plan ({euros(echeancier.total_a_payer)}) sont réglées : "
            "rien ne reste dû au titre de l'échéancier"
        )
        return Calendrier(jour, Etape.AUCUNE, None, (raison,), historique=faits, plan=situation)
    raisons: tuple[str, ...] = (
        f"le plan de paiement est respecté : {_annonce(situation)} ; aucune relance pendant un plan respecté",
    )
    if creance.plan is not None and creance.plan.date_accord is None:
        raisons = (
            "l'échéancier n'a pas encore de date d'accord (plan.date_accord) : dossier build le rédige pour "
            f"signature ; ses échéances sont celles d'un accord conclu le {date_longue(jour)}",
            *raisons,
        )
    preavis = limites().preavis_decheance_jours
    ensuite = (
        "si une échéance n'est pas réglée : un rappel courtois dès le lendemain de sa date (dossier build "
        f"le rédige), puis, si le retard persiste {preavis} jours après sa réception, la notification de la "
        "déchéance du terme",
    )
    return Calendrier(jour, Etape.ECHEANCE, situation.prochaine.date, raisons, ensuite, faits, situation)


def _suivantes(situation: SituationPlan) -> tuple[str, ...]:
    if situation.prochaine is None:
        return ()
    return (f"les échéances suivantes restent dues à leurs dates : {_annonce(situation)}",)


def _rappel_a_envoyer(
    creance: Creance,
    echeancier: Echeancier,
    suivi: SuiviPlan,
    brouillon: CourrierPlan,
    situation: SituationPlan,
    jour: date,
    faits: tuple[Fait, ...],
) -> Calendrier:
    """A missed instalment and no reminder sent since: `build` drafts it today."""
    impayee = situation.impayee
    fin = brouillon.fin_preavis
    assert impayee is not None and fin is not None
    fichier = _fichier(suivi, brouillon)
    preavis = limites().preavis_decheance_jours
    exigible = etat_au(creance, echeancier, lendemain(fin)).exigible_apres_decheance
    raison = (
        f"{_nom_echeance(impayee, situation.nombre)} du {date_longue(impayee.date)} "
        f"({euros(impayee.montant)}) n'est pas réglée en entier : le retard s'élève à "
        f"{euros(situation.retard)} "
        f"au {date_longue(jour)} ; un rappel courtois de l'échéance impayée est à envoyer dès maintenant — "
        f"dossier build le rédige ({fichier}.pdf) — qui laisse {preavis} jours au débiteur pour régulariser "
        f"({articles_de_la_decheance(creance)})"
    )
    ensuite = (
        "une fois le rappel envoyé, inscrivez-le dans « courriers » (type: rappel_echeance, avec sa date et, "
        f"s'il y en a un, son accusé de réception) : le préavis court {preavis} jours à compter de sa "
        f"réception (de sa date, faute d'accusé de réception), soit au plus tôt jusqu'au {date_longue(fin)}",
        "si le retard persiste au terme du préavis, la notification de la déchéance du terme pourra être "
        f"envoyée le lendemain, au plus tôt le {date_longue(lendemain(fin))} : le solde du plan deviendrait "
        f"exigible, soit {euros(exigible)} ce jour-là sans nouveau paiement",
        *_suivantes(situation),
    )
    situation = replace(situation, fin_preavis=fin, exigible=exigible, document=fichier)
    des_le = lendemain(impayee.date)
    return Calendrier(jour, Etape.RAPPEL_ECHEANCE, des_le, (raison,), ensuite, faits, situation)


def _preavis_puis_decheance(
    creance: Creance,
    echeancier: Echeancier,
    suivi: SuiviPlan,
    rappel: CourrierPlan,
    brouillon: CourrierPlan | None,
    situation: SituationPlan,
    jour: date,
    faits: tuple[Fait, ...],
) -> Calendrier:
    """A reminder sent: nothing during its notice period; then, still late, the déchéance du terme."""
    impayee, fin, envoye = situation.impayee, rappel.fin_preavis, rappel.envoye
    assert impayee is not None and fin is not None and envoye is not None
    des_le = lendemain(fin)
    recu = (
        f", reçu le {date_longue(envoye.accuse_reception.date)},"
        if envoye.accuse_reception
        else " (sans accusé de réception enregistré : le préavis court depuis sa date)"
    )
    retard = (
        f"{_nom_echeance(impayee, situation.nombre)} du {date_longue(impayee.date)} "
        f"({euros(impayee.montant)}) n'est pas réglée en entier : le retard s'élève à "
        f"{euros(situation.retard)} "
        f"au {date_longue(jour)}"
    )
    if brouillon is None:  # the notice period runs
        exigible = etat_au(creance, echeancier, des_le).exigible_apres_decheance
        raison = (
            f"{retard} ; le rappel du {date_longue(rappel.date)}{recu} laisse au débiteur jusqu'au "
            f"{date_longue(fin)} pour régulariser : rien n'est à envoyer pendant ce préavis"
        )
        ensuite = (
            "si le retard persiste, la notification de la déchéance du terme (lettre recommandée avec "
            f"avis de réception) pourra être envoyée à partir du {date_longue(des_le)} — dossier build la "
            f"rédigera ce jour-là : le solde du plan deviendrait exigible, soit {euros(exigible)} sans "
            "nouveau paiement d'ici là ; un paiement du retard avant cette date maintient le plan",
            *_suivantes(situation),
        )
        situation = replace(situation, fin_preavis=fin, exigible=exigible)
        return Calendrier(jour, Etape.DECHEANCE, des_le, (raison,), ensuite, faits, situation)
    exigible = brouillon.etat.exigible_apres_decheance
    fichier = _fichier(suivi, brouillon)
    raison = (
        f"{retard} ; le préavis ouvert par le rappel du {date_longue(rappel.date)}{recu} a pris fin le "
        f"{date_longue(fin)} : la déchéance du terme peut être notifiée depuis le {date_longue(des_le)}, par "
        f"lettre recommandée avec avis de réception — dossier build la rédige ({fichier}.pdf) — et rend "
        f"exigible tout le solde du plan, soit {euros(exigible)} (clause de déchéance de l'échéancier ; "
        "C. civ. 1225)"
    )
    delai = creance.options.delai_mise_en_demeure_jours
    apres = (
        "la requête en injonction de payer"
        if derniere_mise_en_demeure(creance, jour) is not None
        else "la mise en demeure, puis la requête en injonction de payer"
    )
    ensuite = (
        "avant de l'envoyer, vérifiez qu'aucun paiement n'est arrivé ; une fois envoyée, inscrivez-la dans "
        "« courriers » (type: decheance_du_terme, envoi: lrar, avec son numéro et son accusé de réception)",
        f"elle laisse {delai} jours pour payer à compter de sa réception ; ensuite, sans paiement, {apres}",
    )
    situation = replace(situation, fin_preavis=fin, exigible=exigible, document=fichier)
    return Calendrier(jour, Etape.DECHEANCE, des_le, (raison,), ensuite, faits, situation)


def _apres_decheance(
    creance: Creance,
    calcul: Calcul,
    echeancier: Echeancier,
    notification: CourrierPlan,
    situation: SituationPlan,
    jour: date,
    faits: tuple[Fait, ...],
) -> Calendrier:
    """The balance is due: after the delay the notice gave (as its letter says: `options.
    delai_mise_en_demeure_jours` from its receipt), the mise en demeure, then the requête —
    asked for with --jusqua, `build` drafting nothing of its own while the claim has a plan."""
    envoye = notification.envoye
    assert envoye is not None
    exigible = notification.etat.exigible_apres_decheance
    recu_depuis = situation.total_paye - notification.etat.total_paye
    reste = max(exigible - recu_depuis, ZERO)
    # no instalment any more: the whole balance is due
    situation = replace(situation, prochaine=None, a_regler=None, exigible=exigible, decheance=envoye.date)
    debut = f"la déchéance du terme notifiée le {date_longue(notification.date)}"
    if reste == 0:
        raison = (
            f"{debut} a rendu exigible {euros(exigible)}, réglés depuis : rien ne reste dû au titre du plan"
        )
        return Calendrier(jour, Etape.AUCUNE, None, (raison,), historique=faits, plan=situation)
    delai = creance.options.delai_mise_en_demeure_jours
    if envoye.accuse_reception is not None:
        depart, recue = envoye.accuse_reception.date, f"reçue le {date_longue(envoye.accuse_reception.date)}"
    else:
        depart, recue = envoye.date, "sans accusé de réception enregistré (le délai court depuis sa date)"
    fin = depart + timedelta(days=delai)
    recus = f" ; {euros(recu_depuis)} reçus depuis, reste {euros(reste)}" if recu_depuis > 0 else ""
    raisons = [
        f"{debut}, {recue}, a rendu exigible tout le solde du plan, {euros(exigible)}{recus} ; elle laisse "
        f"{delai} jours pour payer, jusqu'au {date_longue(fin)}"
    ]
    pieces = (
        "l'échéancier signé, qui vaut reconnaissance de dette (C. civ. 1376), et la notification de la "
        "déchéance du terme appuient la requête"
    )
    rang = derniere_mise_en_demeure(creance, jour)
    if rang is None:
        envoyes = [
            LettreAProduire(Etape(c.type), c.date, c)
            for c in creance.courriers
            if c.date <= jour and c.type in SERIE
        ]
        premiere = min(f.echeance for f in calcul.factures_reclamees)
        des_le = max(lendemain(fin), date_au_plus_tot(Etape.MISE_EN_DEMEURE, envoyes, premiere))
        anterieures = [c for c in envoyes if c.etape is Etape.MISE_EN_DEMEURE]
        if anterieures:
            raisons.append(
                f"la mise en demeure du {date_longue(anterieures[-1].date)}, antérieure à la déchéance du "
                "terme, ne vaut pas pour le solde du plan : seule une mise en demeure envoyée après la "
                "déchéance ouvre la requête en injonction de payer"
            )
        raisons.append(
            "la mise en demeure (lettre recommandée avec avis de réception) pourra être envoyée à partir "
            f"du {date_longue(des_le)}, une fois ce délai expiré : le dossier comptant un échéancier, "
            "dossier build ne la rédige que sur demande — dossier build --jusqua mise_en_demeure "
            "(pratique du recouvrement amiable)"
        )
        ensuite = (
            "puis, son délai expiré sans paiement, la requête en injonction de payer (dossier build --jusqua "
            f"injonction ; CPC 1405 à 1407) : {pieces}",
            "un nouvel accord reste possible si le débiteur le demande",
        )
        return Calendrier(jour, Etape.MISE_EN_DEMEURE, des_le, tuple(raisons), ensuite, faits, situation)
    notice = creance.courriers[rang]
    fin_notice, _ = fin_du_delai(notice, creance.options.delai_mise_en_demeure_jours)
    des_le = max(lendemain(fin), lendemain(fin_notice))
    raisons.append(
        f"la mise en demeure du solde, du {date_longue(notice.date)}, laisse payer jusqu'au "
        f"{date_longue(fin_notice)} ; la requête en injonction de payer est donc possible à partir du "
        f"{date_longue(des_le)}, les deux délais expirés — le dossier comptant un échéancier, dossier "
        "build ne la rédige que sur demande : dossier build --jusqua injonction (CPC 1405 à 1407)"
    )
    ensuite = (
        f"avant de déposer la requête, vérifiez qu'aucun paiement n'est arrivé ; {pieces}",
        "un nouvel accord reste possible si le débiteur le demande",
    )
    return Calendrier(jour, Etape.INJONCTION, des_le, tuple(raisons), ensuite, faits, situation)


def _fichier(suivi: SuiviPlan, courrier: CourrierPlan) -> str:
    """The name `build` gives the letter (pipeline: a name used twice gets the letter's date)."""
    return noms_de_fichiers(suivi.courriers)[suivi.courriers.index(courrier)]
