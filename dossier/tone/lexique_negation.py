"""The words the polarity of a sentence reads (`polarite.py`, `portee.py`): negation particles
and negators, the subjects that deny, litotes, what a denial does not cross, the words that make a
clause a hypothesis or a restriction, and the spoken negation's subjects."""

from __future__ import annotations

from dossier.tone.mots_outils import CHARNIERES

PARTICULES = frozenset(
    {"pas", "plus", "jamais", "point", "guere", "rien", "aucun", "aucune", "nullement", "aucunement", "ni",
     "personne", "nulle"}
)  # fmt: skip


NEGATEURS = frozenset({"aucun", "aucune", "sans", "jamais", "nullement", "ni", "pas", "non"})


# A subject that denies its verb: « aucun dossier ne sera transmis », « personne ne viendra ».
SUJETS_NEGATIFS = frozenset({"aucun", "aucune", "personne", "rien", "nul", "nulle"})


# « ne pas hésiter à saisir », « ne pas en arriver à », « ne pas laisser le choix de » assert it;
# so do « rien ne nous empêchera de saisir », « vous ne pourrez éviter / échapper à la saisie »
# — and « nous n'excluons aucunement de saisir », « ne renoncerons pas à », « ne saurions attendre
# davantage la saisie », « ne pouvons plus, hélas, retarder la saisie », « n'avons pas oublié
# d'ajouter les frais », « ne pas se gêner pour »
LITOTES = frozenset(
    {"hesiter", "manquer", "tarder", "arriver", "choix", "empecher", "eviter", "echapper", "exclure",
     "renoncer", "ecarter", "differer", "retarder", "attendre", "suspendre", "arreter", "oublier",
     "omettre", "patienter", "gener"}
)  # fmt: skip


# a guarantee refused (« nous ne pouvons garantir que… ») leaves what it names possible
GARANTIES = frozenset(
    {"garantir", "garantissons", "garantis", "garantit", "promettre", "promettons", "promets", "assurer",
     "certifier", "certifions"}
)  # fmt: skip


PORTEE = 3  # words a negation reaches past its particle


# A negation's reach does not stop on one of these: « nous ne déclarerons pas cet impayé à la
# Banque de France » denies the whole complement, « jamais envisagé de porter plainte » the infinitive's
# — nor on an adjective of the negation's own noun phrase (« ni transmis à un quelconque fichier »,
# « sans le moindre frais », « aucun autre organisme »)
LIANTS = frozenset(
    {"a", "au", "aux", "aupres", "de", "du", "des", "le", "la", "les", "un", "une", "cet", "cette",
     "ces", "ce", "sur", "en", "dans", "votre", "vos", "notre", "nos", "quelconque", "moindre", "autre",
     "autres",
     # the debtor's own, named in the third person: « aucun salarié ne se présentera sur son chantier »
     "son", "sa", "ses", "leur", "leurs"}
)  # fmt: skip


# A predicate that denies its own subject: « votre inscription au fichier n'est pas à l'ordre du
# jour », « une saisie n'est pas envisagée » — but not « pas encore », « pas pour l'instant »,
# « pas à ce stade », which announce it for later.
ETRE = frozenset({"est", "sera", "serait", "sont", "seront", "seraient"})


NON_ENVISAGE = frozenset(
    {"envisage", "envisagee", "envisages", "envisagees", "prevu", "prevue", "prevus", "prevues",
     "ordre", "actualite", "question", "programme", "cause",
     # … nor set in motion: « l'huissier n'est pas mandaté », « la saisie n'est pas engagée », « le
     # tribunal n'est pas saisi », « votre employeur n'est pas informé »
     "mandate", "mandatee", "mandates", "mandatees", "engage", "engagee", "engages", "engagees",
     "saisi", "saisis", "informe", "informee", "informes", "informees", "prevenu", "prevenue",
     "prevenus", "prevenues", "contacte", "contactee", "contactes", "contactees",
     # … nor sent: « nos messages ne seront jamais envoyés à votre employeur »
     "envoye", "envoyee", "envoyes", "envoyees", "transmis", "transmise", "transmises", "communique",
     "communiquee", "communiques", "communiquees", "publie", "publiee", "publies", "publiees"}
)  # fmt: skip


# a predicate that says its subject does not apply or is not owed (« ne s'appliquent pas », « ne
# vous concerne pas », « ne sont pas dues »)
INAPPLICABLE = frozenset(
    {"applique", "appliquent", "appliquera", "appliqueront", "appliquerait", "appliqueraient",
     "concerne", "concernent", "concernera", "concerneront", "vise", "visent"}
)  # fmt: skip


NON_DUS = frozenset(
    {"du", "due", "dus", "dues", "exigible", "exigibles", "applicable", "applicables", "reclame",
     "reclamee", "reclames", "reclamees", "facture", "facturee", "factures", "facturees", "applique",
     "appliquee", "appliques", "appliquees", "opposable", "opposables"}
)  # fmt: skip


# « n'est pas concerné » denies a file or a charge (« le fichier FICP n'est pas concerné »), never
# a person (« votre voisinage n'est pas concerné par le délai : nous l'informerons »)
CONCERNE = frozenset({"concerne", "concernee", "concernes", "concernees"})


# « n'a pas le droit de » denies its subject's act: the law stated
DROIT_REFUSE = (["pas", "le", "droit"], ["aucunement", "le", "droit"])


FICHIERS = frozenset({"fichier", "fichiers", "ficp", "inscription", "declaration", "signalement", "registre"})


# what a letter may say does not apply: a charge, or the mention of one
CHARGES = frozenset(
    {"frais", "penalite", "penalites", "indemnite", "indemnites", "interet", "interets", "majoration",
     "majorations", "mention", "clause", "taux", "cout", "couts", "supplement", "supplements"}
)  # fmt: skip


RESTRICTIFS = frozenset({"seulement", "uniquement", "que", "qu'", "simplement"})


DETERMINANTS = frozenset({"le", "la", "les", "un", "une", "des", "ce", "cet", "cette", "ces", "votre", "vos"})


PRONOMS_SUJETS = frozenset({"je", "nous", "on", "vous", "il", "elle", "ils", "elles"})


AUXILIAIRES = frozenset({"a", "ont", "avons", "avez", "va", "vont", "allons", "allez", "etait", "etaient"})


PLUS_TARD = frozenset(
    {"encore", "instant", "moment", "stade", "maintenant", "aujourd'hui", "aujourd", "semaine"}
)


# A complement the scope runs into: « ne signalerons en aucun cas votre retard à la Banque de France »,
# « nous ne garderons pas votre dépôt pour couvrir des frais »
COMPLEMENTS = frozenset({"a", "au", "aux", "aupres", "de", "sur", "pour"})


# a visit denied denies what it would have come to do: « aucun de nos salariés ne passera à votre
# restaurant reprendre les tables », « on va pas venir chez toi récupérer la télé »
DEPLACEMENTS = frozenset(
    {"venir", "passer", "aller", "revenir", "deplacer", "monter", "descendre", "repasser"}
)


# words ending like an infinitive that are none
PAS_INFINITIFS = frozenset(
    {"votre", "notre", "autre", "entre", "contre", "premier", "dernier", "hier", "lettre"}
)


# « chèque sans provision », « sans suite » (a complaint closed), « resté sans réponse »: « sans »
# there names a thing; « sans doute », « sans aucun doute », « sans nul doute » say « probably » and
# deny nothing (« vos fournisseurs seraient sans doute intéressés d'apprendre… »)
LOCUTIONS_EN_SANS = frozenset({"provision", "suite", "reponse", "doute"})


# « la loi interdit de couper l'eau », « il est interdit de saisir » deny what they forbid
INTERDICTIONS = frozenset({"interdit", "interdisent", "interdite", "interdits", "prohibe", "proscrit"})


# « non-paiement », « non-respect »: « non » there makes a noun
NOMS_EN_NON = frozenset(
    {"paiement", "reglement", "respect", "remboursement", "versement", "execution", "restitution",
     "presentation", "reponse", "regularisation"}
)  # fmt: skip


# A payment denied is the debtor's (an infinitive is another verb's object: « personne ne vous
# demandera de payer en espèces à votre porte » denies the door): its reach stops there — « la
# liste des familles qui n'ont pas payé lors de l'assemblée générale » does not deny the meeting
PAIEMENTS = frozenset(
    {"paye", "payee", "payes", "payees", "paie", "paient", "payez", "regle", "reglee", "regles",
     "reglees", "reglez", "verse", "versee", "verses", "versees", "acquitte",
     "acquittee", "acquittes", "solde", "soldee", "soldes", "honore", "honoree", "honores"}
)  # fmt: skip


# ... where a circumstance follows it (its object, « la location de votre emplacement », stays denied)
CIRCONSTANCES = frozenset({"lors", "pendant", "durant", "devant", "chez", "depuis"})


# ... or, in a relative clause (« les enfants dont les parents n'ont pas payé porteront un
# bracelet »), where no object follows it: the main clause's verb is asserted
RELATIFS = frozenset({"qui", "dont"})


# the possessives DETERMINANTS lacks (« votre », « vos » are there; `acteurs.POSSESSIFS` names the
# debtor's only): with them, what opens an object
AUTRES_POSSESSIFS = frozenset({"ta", "tes", "ton", "sa", "ses", "son", "leur", "leurs"})


OBJETS = DETERMINANTS | COMPLEMENTS | AUTRES_POSSESSIFS | {"l", "du", "en", "y"}


# Subjects that open a new clause where no comma marks it (« si vous ne payez pas on viendra »)
SUJETS = frozenset({"on", "je"})


# The debtor's fear reported (« vous craignez une saisie ? ») asserts nothing the creditor does
CRAINTES = frozenset({"craignez", "redoutez", "apprehendez", "craigniez", "redoutiez"})


# The spoken negation drops « ne » (« je changerai pas les serrures », « je dirai rien à tes
# parents », « personne te mettra dehors »): its particle after a subject and its verb denies as
# « ne … pas » would.
PARTICULES_SANS_NE = frozenset({"pas", "rien", "jamais"})


SUJETS_PARLES = PRONOMS_SUJETS | {"tu", "ce", "ca", "j"}


NON_VERBES = DETERMINANTS | CHARNIERES | COMPLEMENTS | {"dans", "chez", "par", "en", "ou", "ni", "ne", "pas"}
