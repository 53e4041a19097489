"""The graduated series without a plan: a call, the reminders, the mise en demeure, the requête.

Never faster than the humane cadence (`law/procedure/cadence.yaml`, shared with `build` through
`etapes.date_au_plus_tot`), never on a day a contact would make a burst (TON-08); after a mise en
demeure, the requête from the day after its deadline (docs/decisions.md « Deadlines »).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.law.procedure.etapes import SERIE, LettreAProduire, date_au_plus_tot
from dossier.model.claim import Courrier, Creance
from dossier.parcours.pas import Calendrier, Fait
from dossier.tone.sollicitations import premier_jour_sans_rafale
from dossier.vocabulaire import COURRIERS, ETAPES, Etape


def _sans_rafale(creance: Creance, jour: date, des_le: date) -> tuple[date, str | None]:
    """The cadence's date pushed past any burst of contacts (TON-08), and why when it is."""
    apres = premier_jour_sans_rafale(creance, max(jour, des_le))
    if apres <= max(jour, des_le):
        return des_le, None
    return apres, (
        f"pas avant le {date_longue(apres)} : une prise de contact de plus avant ce jour dépasserait les "
        "seuils de sollicitations (dossier/tone/sollicitations.yaml ; C. conso. L121-7 3°, TON-08)"
    )


def cadence(creance: Creance, calcul: Calcul, jour: date, faits: tuple[Fait, ...]) -> Calendrier:
    """The graduated scenario without a plan: call, reminders, mise en demeure, requête."""
    envoyes = [
        LettreAProduire(Etape(c.type), c.date, c)
        for c in creance.courriers
        if c.date <= jour and c.type != "autre"
    ]
    derniere = max((SERIE.index(e.etape) for e in envoyes), default=-1)
    if derniere == SERIE.index(Etape.MISE_EN_DEMEURE):
        notice = max((e for e in envoyes if e.etape is Etape.MISE_EN_DEMEURE), key=lambda e: e.date)
        assert notice.envoye is not None
        return _apres_mise_en_demeure(creance, notice.envoye, jour, faits)
    exigibles = [f for f in calcul.factures_reclamees if f.echeance < jour]
    premiere = min(f.echeance for f in (exigibles or calcul.factures_reclamees))
    suivante = SERIE[derniere + 1]
    des_le = max(date_au_plus_tot(suivante, envoyes, premiere), premiere + timedelta(days=1))
    pourquoi = _pourquoi(suivante, envoyes, premiere, des_le)
    appele = any(e.canal == "telephone" and e.date <= jour for e in creance.echanges)
    if suivante is Etape.RELANCE_1 and not appele:
        appel_le, rafale = _sans_rafale(creance, jour, premiere + timedelta(days=1))
        return Calendrier(
            jour,
            Etape.APPEL,
            appel_le,
            (
                "agir tôt, d'abord par téléphone (pratique du recouvrement amiable) : dès le lendemain de "
                f"l'échéance du {date_longue(premiere)}, aucun appel n'étant inscrit dans l'historique",
                *((rafale,) if rafale else ()),
            ),
            (f"puis {ETAPES[Etape.RELANCE_1].a_faire}, {pourquoi}",),
            faits,
        )
    des_le, rafale = _sans_rafale(creance, jour, des_le)
    if suivante is Etape.MISE_EN_DEMEURE:
        ensuite = (
            f"puis, le délai expiré sans paiement, {ETAPES[Etape.INJONCTION].avec_article} ; ou un "
            "échéancier si le débiteur le demande"
        )
    else:  # a reminder: the next letter of the series
        ensuite = f"puis {ETAPES[SERIE[SERIE.index(suivante) + 1]].avec_article}, si le paiement ne vient pas"
    raisons = (pourquoi, rafale) if rafale else (pourquoi,)
    return Calendrier(jour, suivante, des_le, raisons, (ensuite,), faits)


def _pourquoi(etape: Etape, envoyes: Sequence[LettreAProduire], premiere: date, des_le: date) -> str:
    precedentes = [e for e in envoyes if SERIE.index(e.etape) == SERIE.index(etape) - 1]
    if precedentes:
        depuis = max(e.date for e in precedentes)
        apres = f"la {COURRIERS[precedentes[0].etape.value].nom} du {date_longue(depuis)}"
    else:
        depuis, apres = premiere, f"l'échéance du {date_longue(premiere)}"
    jours = (des_le - depuis).days
    return (
        f"{ETAPES[etape].avec_article} pourra être envoyée à partir du {date_longue(des_le)}, {jours} jours "
        f"après {apres} : une cadence raisonnable laisse au débiteur le temps de réagir "
        "(law/procedure/cadence.yaml ; C. conso. L121-6, L121-7)"
    )


def _apres_mise_en_demeure(
    creance: Creance, notice: Courrier, jour: date, faits: tuple[Fait, ...]
) -> Calendrier:
    delai = (
        notice.delai_jours if notice.delai_jours is not None else creance.options.delai_mise_en_demeure_jours
    )
    if notice.accuse_reception is not None:
        depart = notice.accuse_reception.date
        recue = f"reçue le {date_longue(depart)}"
    else:
        depart = notice.date
        recue = "sans accusé de réception enregistré (le délai court donc depuis la date de la lettre)"
    fin = depart + timedelta(days=delai)
    des_le = fin + timedelta(days=1)
    raison = (
        f"la mise en demeure du {date_longue(notice.date)}, {recue}, laissait {delai} jours pour payer : "
        f"le délai expire le {date_longue(fin)} ; la requête est possible à partir du lendemain, le "
        f"{date_longue(des_le)} (CPC 1405 à 1407)"
    )
    ensuite = (
        "avant de déposer la requête, vérifiez qu'aucun paiement n'est arrivé ; si le débiteur demande "
        "des délais, un échéancier signé peut la remplacer (C. civ. 1305)",
    )
    return Calendrier(jour, Etape.INJONCTION, des_le, (raison,), ensuite, faits)
