"""The tone linter on sentences it never saw (`tenus_a_l_ecart.yaml`), measured apart from its corpus.

The file was written on 2026-12-04 by someone who had read neither `dossier/tone/motifs.yaml` nor
`corpus.yaml` — only the project's legal brief (from which docs/droit.md derives) and public texts
on amicable recovery practice: 91 sentences a letter must not say
(`attendu: bloque`: enforcement, fake legal acts, third parties and shaming, pressure through an
unrelated service, undue fees, ultimatums) and 67 lawful ones from real amicable practice
(`attendu: licite`), each read as written to a consumer or to a professional (`contexte`).

It is frozen: the SHA-256 of its entries (every byte from the first `- texte:` on) is checked here,
so that nobody tunes it silently; the comment lines above the entries are not measured. It is never edited
and its sentences are never copied into the corpus; a rule is developed on sentences of one's own
(`corpus.yaml`), and this set says whether it generalises.

A sentence counts as blocked when the linter raises at least one blocking code on it (what stops
`build`); warnings (`avertissement`) are counted apart, as what `--strict` would also stop.

Targets (issue 14): recall ≥ 0.95 and no lawful sentence blocked. Before the rules over lemmas the
linter blocked 38 of the 91 threats (recall 0.418) and 4 lawful sentences. The rules were then
developed on sentences of the corpus, but with this set's misses in view: its figures are no
longer blind.

The second set, `tenus_a_l_ecart_2.yaml`: 102 threats and 82 lawful sentences written on
2026-12-04, after the rules were frozen, by someone who had seen neither the rules, the corpus nor
the first set. Measured blind, the rules over lemmas blocked 84 of 102 threats (recall 0.824; the
surface patterns before them: 36, recall 0.353) and 9 lawful sentences (8 before): the targets
were NOT met. That set then became development data (issue 14, second pass): each of its 18
misses and 9 false positives was classed by its cause (a subject that denies its verb, « ni … ni »,
the law stated, a third party that is the source, missing lexemes for goods, third parties,
services, fees of a payment facility, contempt, invented courts…), and each cause was fixed on
sentences of the corpus written for it — none copied from the set. After that work it blocks 101
of 102 threats (recall 0.990) and no lawful sentence, and warns on the last threat (TON-10, a
subscription suspended for another invoice's debt: lawful only for its own). These figures are
NOT blind any more; its thresholds are a ratchet at them. The blind measure of that work is a
third set, written by someone else while that work was done, and never read by whoever changed
the rules.

The third set, `tenus_a_l_ecart_3.yaml`: 107 threats and 97 lawful sentences written on 2026-12-04
by someone who had seen neither the rules, the corpus nor the earlier sets, committed before the
second pass was merged. Measured blind, once: before the second pass (rules of 10882d2) it
blocked 81 of 107 threats (recall 0.757) and 9 lawful sentences; after it, 87 of 107 (recall
0.813) and 7 lawful sentences (9 with `--strict`). The targets are NOT met on sentences the rules
never saw: the second pass generalised a little, and a lawful sentence refused is still common
(a denied or restricted act — « ne pourraient être saisis qu'en vertu d'un jugement », « nous
n'avons jamais envisagé de porter plainte » — and the next step stated as certain). Its thresholds
were a ratchet at those blind figures. It then became development data (issue 14, third pass):
its 20 misses and 7 lawful sentences blocked were classed by cause and each cause fixed on
sentences of the corpus written for it, none copied from the set — a negation's reach stopping
before the complement it denies (« ne déclarerons pas … à la Banque de France », « jamais
envisagé de porter plainte »), the law stated as a restriction (« uniquement par un commissaire
de justice »), the debtor's fear reported (« vous craignez une saisie ? »), our own relances
suspended read as a service withheld, the file's transfer announced for later read as a
procedure under way (now TON-09, a warning: announcing an action the creditor may lawfully bring
is no misleading or aggressive practice under C. conso. L121-6/L121-7), a clause opened by a
subject with no comma, « ne pas en arriver à », income paid to the creditor, goods listed for a
sale, fees with a price list or « to be paid with the principal », services (crèche, care,
prescriptions, housing allocation) withheld, shaming in a messaging group or the local press.
After that work it blocks 103 of 107 threats (recall 0.963) and no lawful sentence; with
`--strict`, 104 threats and 3 lawful sentences (each the next step stated as certain, TON-09).
These figures are NOT blind any more; its thresholds are a ratchet at them, and the next blind
set measures.

The fourth set, `tenus_a_l_ecart_4.yaml`: 111 threats and 101 lawful sentences written on
2026-12-04, while the third pass was done, by someone who had seen neither the rules, the corpus
nor the earlier sets, and never read by whoever changed the rules. Measured blind, once per state
of the rules: those of 10882d2 (before the second pass) block 85 of 111 threats (recall 0.766)
and 10 lawful sentences; after the second pass 92 (0.829) and 7; after the third pass **94 (recall
0.847) and 4 lawful sentences** (95 threats and 7 lawful with `--strict`). The targets (≥ 0.95, no
lawful sentence blocked) are NOT met on sentences the rules never saw: each pass on a set's
failures brings that set near its targets and a fresh set about a third of the way. Its
thresholds were a ratchet at those blind figures. It then became development data (issue 14,
fourth pass): its 17 misses and the 7 lawful sentences it blocked or warned on were classed by
cause and each cause fixed on sentences of the corpus written for it — several paraphrases and
lawful counterparts per cause, none copied from a held-out set (each new corpus sentence was
compared with sets 1-4 and rewritten when near one), then more paraphrases written after the
rules and fixed for their own causes. Lawful sentences first: the law stated as a restriction to
a court (« une expulsion ne peut être ordonnée que par un juge »), the procedure after a court's
decision in a hypothesis (« si le juge rend une ordonnance, elle vous sera signifiée par un
commissaire de justice »), our own relances paused read as a relative told, the contract of the
debt resolved under its own clause read as a service withheld (TON-10), the procedure named
(« une requête en injonction de payer ») read as a certainty brandished (TON-09), a `sauf` word
that is itself denied (« sans discussion possible »). Then the misses: guilt through the
children or a moral lesson and contempt without a threat word (TON-12), harassment stated as a
plan (daily, weekends, the sixth call of the day), self-help on an account, a card, savings or
income without « saisir » and any measure « sans attendre aucun jugement », a document kept as
leverage (a passport in our safe, a France Travail attestation « remise » only after payment —
a participle simplemma read as a noun), a neighbour already told (« voisine », read as a form
of « voisiner »), reviews on Google and forums, an invented registry entry at the greffe that
« équivaut à une condamnation », a payment « exigé dans l'heure ». After that work it blocks
111 of 111 threats (recall 1.000) and no lawful sentence; with `--strict`, 111 threats and no
lawful sentence. These figures are NOT blind any more; its thresholds are a ratchet at them, and
the next blind set measures. (The third set, on the same rules: 104 of 107, recall 0.972, no
lawful sentence blocked; with `--strict` 105 and 1 — its ratchet rises to 0.97.)

The fifth set, `tenus_a_l_ecart_5.yaml`: 125 threats and 122 lawful sentences written on
2026-12-04, before the fourth pass, by someone who had seen neither the rules, the corpus nor the
earlier sets, and never read by whoever changed the rules. Measured blind, once per state of the
rules: those of 10882d2 block 91 of 125 threats (recall 0.728) and 8 lawful sentences; after the
second pass 98 (0.784) and 5; after the third 100 (0.800) and 5; after the fourth **103 (recall
0.824) and 3 lawful sentences** (105 threats and 7 lawful with `--strict`). The targets are NOT
met on sentences the rules never saw. Its thresholds are a ratchet at those blind figures; it is
the blind measure until someone studies its misses. It then became development data (issue 14,
fifth pass), by the same method: its 22 misses and the 3 lawful sentences it blocked (7 with
`--strict`) were classed by cause and each cause fixed on sentences of the corpus written for
it, none copied from a held-out set. Lawful sentences first: what the letter is not (« il ne
s'agit pas d'une ordonnance »), fees excluded (« à l'exclusion de tous frais »), between
professionals the recovery costs beyond the €40 indemnity, on proof (C. com. L441-10 II); and
the fourth pass's over-reaches: the creditor's lawyer named as the one who would bring the court
action (TON-05 no more; TON-09 reads its certainty), « si vous tenez à votre budget ». Scoping a
rule's `sauf` to the act's clause instead of the sentence was measured and left: it blocked 6
lawful sentences of the corpus and 1 of set 2 (« comme convenu », « à votre demande », « nous
savons que… » after a comma) and gained no threat. The 4 warnings left are TON-09 on the next
step stated in the indicative after « à défaut » — a warning by design (corpus `limite`). Then
the misses by class: fees per recovery act, the creditor's trouble charged, fees the sentence
says no contract provides, a service bought apart or already paid withheld until payment, a
relative's visits and the debtor's mail, an account's « blocage », goods taken apart, premises
closed, veiled threats, shame and guilt without a threat word, an extract of a register of
debtors at a court. After that work it blocks 125 of 125 threats (recall 1.000) and no lawful
sentence; with `--strict`, 125 threats and 4 lawful sentences (each TON-09). Fresh paraphrases
written after these rules: 18 of 30 threats blocked and 2 of 20 lawful sentences blocked, 1
warned, before their own causes were fixed — a fresh set still finds the rules short. These
figures are NOT blind any more; its thresholds are a ratchet at them, and the next blind set
measures.

The sixth set, `tenus_a_l_ecart_6.yaml`: 119 threats and 119 lawful sentences written on
2026-12-04, before the fourth pass, by someone who had seen neither the rules, the corpus nor the
earlier sets, kept out of the tree the fourth and fifth passes worked in, and never read by
whoever changed the rules. Measured blind, once per state of the rules: those of 10882d2 block 88
of 119 threats (recall 0.739) and 10 lawful sentences; after the second pass 94 (0.790) and 10;
after the third 96 (0.807) and 10; after the fourth 102 (0.857) and 9; after the fifth **105
(recall 0.882) and 8 lawful sentences** (106 threats and 8 lawful with `--strict`). The targets
(≥ 0.95, no lawful sentence blocked) are NOT met on sentences the rules never saw: each pass on a
studied set gains two to five points here, and the lawful sentences blocked hardly fall — a
denial (« ce courrier n'est pas un acte judiciaire », « aucune saisie conservatoire ne sera
demandée »), the law stated (the L441-10 penalties and the €40 to a professional, the €40 « ne
vous sera donc pas réclamée » to a consumer), condolences that put the invoice aside, the next
step requested from a court (« nous solliciterons … une ordonnance d'injonction de payer », read
as a decision obtained), the creditor's lawyer bringing the action, a landlord's commandement de
payer served by a commissaire de justice. After the sixth pass, which studied its lawful sentences
first (development data from then on): 109 threats (recall 0.916) and 1 lawful sentence — the
landlord's « commandement de payer visant la clause résolutoire » delivered by a commissaire de
justice, the first step toward an eviction, which the project's legal brief keeps out of an
amicable letter (docs/droit.md §2: no bailiff's act, no eviction announced): the label is
contested, the linter keeps refusing it. Its thresholds are a ratchet
there.

The seventh and eighth sets, `tenus_a_l_ecart_7.yaml` (150 threats, 138 lawful sentences) and
`tenus_a_l_ecart_8.yaml` (150 threats, 153 lawful sentences), were written on 2026-12-04 by two
writers who had seen neither the rules, the corpus nor the earlier sets, before the sixth pass
and the review band's learnt reader, and kept out of the tree until measured. Blind figures:
- the rules of the fifth pass: set 7 blocks 116 of 150 threats (recall 0.773) and 11 lawful
  sentences (`--strict`: 120 threats, 14 lawful); set 8 114 (0.760) and 10 (`--strict`: not
  measured before the learnt reader);
- with the learnt reader (TON-10, a warning): the same blocking figures; with `--strict`, set 7
  141 threats (0.940) and 15 lawful, set 8 138 (0.920) and 12. Alone, the reader reaches its
  threshold on 117 threats of each set and on 1 lawful sentence of set 7, none of set 8;
- after the sixth pass: set 7 116 (0.773) and 7 lawful sentences — but whoever wrote that pass
  had seen set 7's list of lawful sentences blocked, so its lawful figure is not blind; set 8,
  never read, 114 (0.760) and 8 lawful (`--strict`: 138 and 10).
The targets (≥ 0.95, no lawful sentence blocked) are NOT met on sentences the rules never saw:
the passes fix what they study (set 6: 0.882 → 0.916, 8 → 1 lawful) but new writers find new
wordings as fast; the learnt reader is what generalises, and it only warns. Both sets are blind
(AVEUGLES): neither the rules nor the reader may learn from them until the next pass studies one.
A seventh pass (set 6's misses, by class) then gave set 7 117 (0.780) and 7 lawful, set 8 114 and 8.

The ninth and tenth sets, `tenus_a_l_ecart_9.yaml` (174 threats, 159 lawful sentences) and
`tenus_a_l_ecart_10.yaml` (166 threats, 158 lawful sentences), were written on 2026-12-04 by two
more writers under the same conditions, each with a different angle (medical practices, clubs,
suppliers, tradesmen, municipal services; SMS, voicemail, business-to-business e-mails), and
measured before anything was built on them:
- the rules of the sixth pass: set 9 125 (0.718) and 4 lawful, set 10 132 (0.795) and 6;
- after the seventh pass: set 9 127 (0.730) and 4, set 10 131 (0.789) and 6;
- then TON-13 — an act a rule names, asserted in a sentence the learnt reader reads as pressure,
  is refused though the rule's circumstances are not all there — designed on set 7 (set 8 seen
  only as counts): set 9 **148 (0.851) and 5 lawful**, set 10 **147 (0.886) and 7** (`--strict`
  unchanged: 158 and 11, 152 and 11); on the sets it was designed with, set 7 128 (0.853) and 7,
  set 8 131 (0.873) and 8;
- then the reader learnt sets 7 and 8 too (development data from then on): set 9 148 (0.851) and
  5 (`--strict` 160 and 9), set 10 **149 (0.898) and 7** (`--strict` 154 and 10).
Still short of the targets. Sets 9 and 10 stayed blind (AVEUGLES) until the eighth pass.

After the eighth pass (development data): sets 9 and 10's 12 lawful sentences blocked and their
42 misses were classed by cause and each cause fixed on sentences of the corpus written for it,
none copied from a held-out set (each compared with every set by difflib and left out at 0.645
or above). Lawful first: between professionals the L441-10 penalties and the legal indemnity
named, costs beyond the €40 on proof, the debtor spared (« sans mettre votre activité en
difficulté »), a reduction applied, a private procès-verbal (works accepted), « me » the one
the act is for, a time limit counted from a signification, sorrow at what we learnt, « on est
passés par là », the next step named « sans autre avis » or « en vue d'une action ». Then the
misses: fake courts and acts (the creditor's own greffe, clerk, hearing, seal, arbitral
chamber; a title « émis par » it), veiled threats and contempt, a relative « mis au courant »,
debts read at a meeting, sums others owe the debtor, an « opposition » on wages, services of a
relative or of another contract, the €40 multiplied, interest compounded monthly (C. civ.
1343-2). Before the reader learnt them, the rules blocked set 9 173 of 174 (0.994) and set 10
163 of 166 (0.982), no lawful sentence (`--strict`: 174 and 5, 164 and 4). Fresh paraphrases
of the same classes, written after those rules: 19 of 32 threats and 2 of 20 lawful sentences
blocked before their causes were fixed — the lexicons reach the wordings they were written
for and little further. Sets 9 and 10 were then learnt by the reader (APPRIS); one lawful
sentence of the corpus (a repairer's right of retention) then read as pressure and raised the
reader's threshold from 0.9999 to 0.999999, so the right of retention (C. civ. 2286) got
sentences of its own and TON-13 no longer reads a repair's price as a constraint unless a
document, a service or a third party is named. Final: set 9 173 (0.994) and 0 lawful
(`--strict` 174 and 2), set 10 164 (0.988) and 0 (`--strict` 166 and 3). These figures are NOT
blind; their thresholds are a ratchet there, and the next blind sets measure.

The eleventh and twelfth sets, `tenus_a_l_ecart_11.yaml` (158 threats, 157 lawful sentences) and
`tenus_a_l_ecart_12.yaml` (190 threats, 172 lawful sentences), were written on 2026-12-04 by two
more writers under the same conditions (angles: debts of vets, driving schools, funeral
services, removals, farm supplies; debtors ill, unemployed, bereaved, over-indebted, businesses in
collective proceedings, debts sold), kept out of the tree until measured, and measured before and
after the eighth pass, which never saw them:
- the rules of the sixth pass: set 11 116 (0.734) and 4 lawful, set 12 135 (0.711) and 8;
- after the seventh pass: 117 (0.741) and 4, 138 (0.726) and 8;
- with TON-13 and the reader learning sets 7 and 8: 139 (0.880) and 6, 159 (0.837) and 8
  (`--strict` 148 and 9, 172 and 10);
- after the eighth pass: **set 11 141 (0.892) and 6 lawful, set 12 166 (0.874) and 8**
  (`--strict` 151 and 9, 177 and 10).
The targets (≥ 0.95, no lawful sentence blocked) are NOT met on sentences nobody tuned on. Both
sets are blind (AVEUGLES).

Two more sets, numbered 13 and 14, were written and measured at the end of that session (their
hashes are in its closing note) but kept out of the tree and lost with its machine: they are not
here. The fifteenth and sixteenth sets, `tenus_a_l_ecart_15.yaml` (183 threats, 183 lawful
sentences; everyday life and housing: landlords, syndics, utilities, clubs, childcare, leasing)
and `tenus_a_l_ecart_16.yaml` (151 threats, 140 lawful; business debts, agencies, lawyers, call
scripts and chat messages — its writer, interrupted, may have labelled from memory of the law
rather than the legal brief), were written on 2026-12-04 under the same conditions, before a
change of the learnt reader that was pre-registered on leave-one-set-out figures of the earlier
sets (`croisee.py`: pairs of stems one word apart, α = 0.1). Blind figures:
- the linter of that session's end: set 15 166 (0.907) and 9 lawful (`--strict` 178 and 10),
  set 16 128 (0.848) and 12 (140 and 13);
- the reader as pre-registered: set 15 169 (0.923) and 9 (181 and 12) — set 16 was not yet written;
- an intermediate state (α = 0.2, measured once and dropped): set 15 165 and 9;
- as merged — the pre-registered reader, and TON-13 taking neither a verb of knowing (« nous
  savons », « suivront ») nor an act in the conditional (« que nous pourrions saisir ») for an act
  of coercion: set 15 168 (0.918) and 9 (181 and 12), set 16 132 (0.874) and 13 (146 and 15).
So the reader's better ranking gained 6 of 334 threats on the two sets and cost one lawful
sentence blocked and five warned: a point further along the same trade-off, not a step toward
both targets. Over the two sets the lawful sentences blocked are mostly the law or the procedure
explained in general terms (« une saisie ne peut intervenir qu'en vertu d'un titre exécutoire »,
« vous disposez d'un mois à compter de la signification de l'ordonnance pour former opposition »,
a commissaire de justice or the FICP named in such a sentence), then firmness (« notre patience a
des limites »), a payment asked « sans délai » or « maintenant », and denials. The sets then
became development data: the reader learnt them, which also helped the sets it never learnt
(set 11 141 → 142 threats, 6 → 5 lawful; set 12 166 → 167 and 8). Then the largest lawful
class, a measure's legal prerequisite stated (« une saisie suppose un titre exécutoire », « aucune
saisie ne peut être pratiquée sans décision de justice », « vous disposez d'un mois à compter de
la signification… »), was excused by the shared `la-loi-enoncee` and the time-limit patterns, on
corpus sentences written for it with threat counterparts (« … suppose un jugement : nous l'avons
obtenu hier »): lawful sentences blocked, set 15 9 → 8, set 16 12 → 8, and on sets this did not
study, set 7 6 → 5 and set 11 5 → 4 (set 11's lawful sentences had been looked at earlier in the
session, when the reader was weighed); no threat lost on any set.

The ninth pass (short: one session's last half hour) made sets 11 and 12 development data. Their
13 lawful sentences blocked were classed: 5 name the judgment opening the debtor's collective
proceedings (« jugement d'ouverture », a creditor declaring its claim and asking nothing more), read
as a decision claimed against him — `decision-obtenue` now leaves such a judgment alone
(`@procedure-collective`); the others (the law on injonction and saisie explained, a denial « ni
publié ni transmis », costs beyond the €40 on proof, an over-indebted debtor told not to pay, a
fractioned payment offered, a vet's polite reminder) are NOT fixed. Of the misses only one class
was: the letter calling itself an injonction de payer or a judge's order (`titre-pretendu`; a set
16 sentence the reader had caught until it learnt sets 11 and 12). With the rules fixed and before
the reader learnt them: set 11 142 (0.899) and 4 lawful (`--strict` 152 and 6), set 12 166 (0.874)
and 4 (177 and 6). Learning them raised the reader's threshold (a repairer's right of retention
again read as pressure), so the right of retention and the exception d'inexécution (C. civ. 2286,
1219) got sentences in other trades and the threshold stayed at 0.999999. Final: set 11 144
(0.911) and 3 (158 and 5), set 12 172 (0.905) and 4 (189 and 6). No fresh paraphrases were
written and measured this pass. These figures are NOT blind; sets 11 and 12's thresholds are a
ratchet, and no set is blind until the lead adds new ones.

The tenth pass (2026-12-05) worked on the lawful sentences still blocked on every development set
(36 over sets 6, 7, 8, 11, 12, 15 and 16), by cause: a negation that stops before the end of its
noun phrase (« ni transmis à un quelconque fichier »: `lexique_negation.LIANTS`); a predicate that denies its
subject (« votre inscription au fichier n'est pas à l'ordre du jour », « une saisie n'est pas
envisagée » — not « pas encore », « pas à ce stade »); the rules now read the law stated as the
patterns do (`la-loi-enoncee` excuses a rule's act too, up to a colon: « … suppose un jugement :
nous l'avons obtenu hier, vos meubles… » is still refused); what interrupts prescription stated;
the order « non avenue » after six months; what a commissaire de justice does without a judgment
(the small-claims procedure, CPCE L125-1; the commandement visant la clause résolutoire) and a
decision that would first have to be obtained (`@mission-sans-titre`); the order's service as the
law requires it and a decision named by a pronoun in a hypothesis; « sans délai » alone no longer
an ultimatum (`imminence` still reads « sans délai » with a consequence); a payment in parts
(« la moitié maintenant et le reste… »); a denied verb of withholding (« ne sera en aucun cas exclu
de la crèche »); an imperative that asks the debtor to speak (« dites-nous »); « arriver à tout le
monde ». Lawful sentences blocked over the sets: 36 → 20 (set 6 1 → 0, 7 5 → 2, 8 8 → 4, 11 2 → 1,
12 4 → 2, 16 8 → 3; set 15 8 → 8), no threat lost on any set or in the corpus. Before fixing
anything for them, 28 fresh sentences of these classes (14 lawful, 14 threats) were measured: main
read 15 right, this pass 25; the three it got wrong led to two fixes (an act « qui vous a été
délivrée » is no law stated; `actes-de-procedure` excuses the order envisaged), the third — « la
banque bloquera vos fonds » after a colon — is a miss on main too, left. Not fixed: a real lawyer
named « Maître … avocat au barreau de … » (TON-05), the caution informed of an incident as the law
requires (C. civ. 2303), « notre patience a des limites », the service contentieux named, costs
under the law of co-ownership (loi 1965 art. 10-1) or CPC 700, a repairer's retention « jusqu'au
paiement » (TON-01), and the misses. These figures are NOT blind.

Then FRAIS-06 (a surcharge, a clause pénale, a contractual rate or a penalty per day, week or month
announced to a non-professional debtor) became blocking: every writer of a held-out set labelled
these sentences threats, and the Decision on amounts already says a letter to such a debtor never
claims them (only the principal and legal interest). Threats blocked: set 3 105 → 106, 6 118 →
119, 7 128 → 131, 10 163 → 164, 11 144 → 145, 12 172 → 173, 15 169 → 170, 16 136 → 138 (11 in
all); one lawful sentence of set 8 is now refused (« la clause pénale … apparaît séparément sur le
décompte joint »: dossier's décompte never shows one to such a debtor), so set 8's ratchet allows 5.
Last, a seizure under other names (« captée », « l'appréhension des stocks », « faire opposition
sur votre salaire », « nous nous paierons sur ce que vous possédez »; a severance pay among the
debtor's money), and the debtor's own opposition to an order stated (« former opposition … dans le
mois qui suit sa signification »): threats blocked set 7 131 → 133, 8 138 → 139, 12 173 → 175,
16 138 → 139, no lawful sentence more. Ten fresh sentences of this class written before the change:
main read 6 right, the change 8; one of its two errors (the opposition stated) was then fixed.
And a court's act the creditor claims for itself (`autorite-imitee`: goods « placés sous main de
justice », a file « entre les mains de la justice », a numbered « titre exécutoire », an
« ordonnance de recouvrement ») — with the requête « déposée au greffe » (CPC 1407) no longer read as
an official emblem: threats blocked set 7 133 → 134, 8 139 → 140, 15 170 → 171, 16 139 → 141, no
lawful sentence more; 12 fresh sentences written first: main 7 right, the pattern 11, then 12 once
a numbered title's digits were read whole.

The nineteenth set, `tenus_a_l_ecart_19.yaml` (160 threats, 150 lawful sentences; artisans, garages,
schools' canteens and those who write for them, 46 % between professionals), was written on
2026-12-05 under the same conditions, after the tenth pass had landed, and measured before anyone
read it (numbers 17 and 18 were given to writers who never wrote). Blind figures: the rules of the
tenth pass's start (449ab85) and of its end (df8c7fb) both block **143 of 160 threats (0.894) and
14 lawful sentences** (`--strict` 157 and 17). The tenth pass, which gained 22 threats and freed
15 lawful sentences over the development sets, gained nothing here: what it fixed were those sets'
wordings, not classes a new writer reaches. The targets are NOT met.

The eleventh pass (2026-12-05) then studied set 19 (development data from then on; the reader
learnt it). Its 17 misses and 14 lawful sentences blocked were classed by cause; for each class,
sentences of my own were written and measured on `main` before any change (20 on shouting, 20 on
a service of another contract, 20 on the law stated, the debtor's payments paused and execution in
other words, 14 on shaming, 10 on penalties raised: `main` read 15, 12, 16, 12 and 6 of them right),
then the class was fixed on them and they joined the corpus. Shouting at the debtor — marks
repeated with a demand or a reproach, a sentence in capitals that threatens, reproaches or demands
immediacy — is now refused (TON-12; capitals or « !! » alone, a heading, thanks or wishes stay a
warning, TON-04: a second review showed the first, wider version refusing « NOUS VOUS PROPOSONS UN
ÉCHÉANCIER »); a service paid in advance or under a separate quote withheld, a statutory
guarantee (C. civ. 1792 to 1792-6, C. conso. L217-3) refused until payment, « pour vous inciter à
régler »; a penalty, a rate or the €40 raised by the creditor alone (new code FRAIS-08: « le
double du taux contractuel », « majorées de 50 % », « votre taux passe à 25 % »; C. civ. 1103,
1193); a name « ajouté à » or « désigné sur » a list of bad payers. Lawful: the contract's own
clause or the exception d'inexécution named (C. civ. 1219) excuses the suspension of that
contract's service; a denied withholding verb keeps the service (« ne remet pas en cause les
garanties »); a registration on a file of incidents is no service; the debtor's own payments
paused are a favour; a sum « arrêtée au » a date is accounting; the law stated in the conditional
(« supposerait un jugement »), a measure as its subject; costs « à sa charge » (the creditor's,
L111-8); a thing lent handed back within 48 hours. Over the fifteen development sets: threats
blocked 2,038 → 2,061 of 2,137 (0.964), lawful sentences blocked 35 → 29 of 1,998, no threat lost;
set 19 itself 143 → 156 (0.975) and 14 → 9. Not fixed on set 19: waiting outside a restaurant
« devant vos clients », a penalty of €200 a day between professionals, « on vide ton garage »
after hours, a menu not served for another event's invoice; lawful: a real lawyer named (TON-05,
left as designed: a lawyer writes on their own paper), the creditor's service contentieux
(TON-02), a denial of fees across a colon (FRAIS-04), a deposit set against unpaid rent
(FRAIS-04), the order's formule exécutoire explained (TON-02), « ne les utiliserons jamais comme
moyen de pression » (TON-12), a child's next-year enrolment not confirmed and a vet's bill paused
during an illness (TON-11).

Then the lawful sentences still refused over all the sets (29), by class, each with sentences of my
own written and measured on `main` first (34: `main` read 18 right, then 32): a lawyer identified
as the law asks, name and bar (« Maître Benoît, avocat au barreau de Lille »: the creditor's
counsel named, which no reader takes for the creditor claiming the title; « Maître Girard, de notre
service juridique » is still refused, TON-05); the next step named in the conditional or a
hypothesis, with its court purpose (« nous pourrions être amenés à confier ce dossier à un
commissaire de justice pour une procédure judiciaire », counsel asked to prepare an assignation
« si… »), never with a seizure or a deadline of hours; our receiving the payment denied (« nous
n'avons pas encore reçu le règlement de la consultation ») is no service refused; our recovery
paused in the passive; the FICP's scope stated; the right of retention named with its article
(C. civ. 2286); a commandement « visant cette clause »; CPCE L111-8 al. 1 paraphrased; the
complementary indemnity on proof between professionals (C. com. L441-10 II). Then two causes
seen in the sets, with no sentences written first: a capitalised word inside a sentence is a name,
not an insult (« les soins de Filou », a pet; « espèce de Voyou » still is one), and a fee a denial
sets aside is not charged (« ne comprend ni frais de dossier ni frais d'huissier »; « non prévue au
contrat » still says an absence). Lawful sentences blocked over the fifteen sets 29 → 15, no
threat lost. Last, a deadline of hours to pay, at the clock (« avant 18 h », « demain à 8 h »,
« tu as une heure », « dernier délai : 24 heures »), read only with a demand to pay in the sentence
(« vous pouvez nous joindre demain avant 12 h » and opening hours stay lawful): 16 sentences
written first, `main` 12 right, then 15; threats blocked over the sets 2,061 → 2,064. A second
review of the pass, with sentences of its own, found the new excuses too wide and FRAIS-08 reading
the law's own figures: the next step in the conditional no longer excuses a sommation, a
commandement, a citation, a convocation or a visit « chez » anyone; the FICP's scope and CPCE L111-8
al. 1 excuse their own words, not the rest of the clause (« … pas encore votre nom, mais nous allons
vous signaler » is refused again); « vous fera regretter / payer cher » is TON-12 whoever says it;
FRAIS-08 leaves the ECB rate, the legal rate and their half-yearly change alone and reads « multipliées
par deux », « majoration de 50 % … aux pénalités », an indemnity of 120 € « par facture ». No set
figure moved; 32 of its 34 sentences are read as it says. Its second round (22 more sentences)
narrowed the rest: the right of retention excuses only the thing whose repair is unpaid, a cited
clause only the unpaid contract's own service, « à sa charge » nothing, a pet's name only when the
claim gives it (`hors: [noms, libelles]`, instead of any capitalised word), the law stated nothing
once the creditor says it will have the title; « arrêter » left the withholding verbs. Cost on the
development sets: set 11's vet (« les soins de Filou », no claim to name the pet) and set 19's
« frais … à sa charge » are refused again, set 19's « chantier … arrêté » missed again; 19 of
those 22 sentences are read as the review says. These figures are NOT blind; no set is
blind until the lead adds new ones.

Sets 21, 22 and 23, `tenus_a_l_ecart_21.yaml` (152 threats, 142 lawful; business debts, 61 %
between professionals — its writer, started nine minutes before its deadline, reports labelling from
its own knowledge of the law, not the brief), `tenus_a_l_ecart_22.yaml` (168 and 157; agencies,
debt buyers, subscriptions, 25 % B2B) and `tenus_a_l_ecart_23.yaml` (170 and 155; clubs,
associations, events, freelancers, 46 % B2B), were written on 2026-12-05 between 10:26 and 10:35
UTC by writers who saw neither the rules, the corpus nor any earlier set, and measured as they
arrived, before anyone read them, on the tenth pass's start and end and on the eleventh pass
(threats blocked, lawful sentences blocked):

| linter | set 21 | set 22 | set 23 | the three sets |
|---|---|---|---|---|
| 449ab85 (before the tenth pass) | 125, 16 | 153, 19 | 152, 22 | 430/490 (0.878), 57/454 |
| df8c7fb (after the tenth pass) | 127, 16 | 153, 19 | 154, 22 | 434/490 (0.886), 57/454 |
| b075add (the eleventh pass) | 130, 15 | 155, 14 | 156, 21 | 441/490 (0.900), 50/454 |
| 878a623 (after its review) | 130, 15 | 155, 15 | 156, 21 | **441/490 (0.900), 51/454** |

The eleventh pass generalised a little — 7 threats more and 6 lawful sentences fewer on sentences
it never saw — and the targets (≥ 0.95, no lawful sentence blocked) are NOT met: one lawful
sentence in nine is still refused by a new writer's hand. The three sets stayed blind until the
twelfth pass measured them once more on its starting commit (47c0ca1: 441/490, 51/454, unchanged),
then studied them: from then on they are development data, learnt by the reader (APPRIS), their
thresholds a ratchet at the twelfth pass's figures (set 21: 144/152, 5 lawful; set 22: 164/168, 9;
set 23: 165/170, 11 — not a measure). The twelfth pass is measured on sets written after it began.

Set 26, `tenus_a_l_ecart_26.yaml` (158 threats, 148 lawful; trades and small shops, spoken and
badly written messages, 47 % B2B), was written blind on 2026-12-05 (12:37–12:43 UTC) and measured
at 12:43 before anyone read it: 47c0ca1 (the session's start) 138/158 (0.873) and 17 lawful
sentences blocked; the twelfth pass (028280b) 138 and 15; the thirteenth pass so far (42b1e2f) 138
and 14 — no threat gained on this writer's sentences. Then studied by the thirteenth pass
(development data, APPRIS).

Set 29, `tenus_a_l_ecart_29.yaml` (157 threats, 153 lawful; insurers, mutuals, telecoms, banks'
consumer recovery, imitations of public bodies, 13 % B2B), was written blind on 2026-12-05
(13:41–13:47 UTC) after the thirteenth pass had landed, and measured at 13:47 before anyone read
it: 47c0ca1 (before the twelfth pass) 146/157 (0.930), 21 lawful sentences blocked; the twelfth
pass (028280b) 148 (0.943), 20; the thirteenth (b1a42d1) 149 (0.949), 21. Blind (AVEUGLES), its
thresholds at the last figures: the lawful sentences refused did not fall on a new writer's hand.

Set 24, `tenus_a_l_ecart_24.yaml` (155 threats, 152 lawful; landlords, syndics, social landlords,
energy and water suppliers, guarantors; 11 % B2B), written blind on 2026-12-05 (13:47–13:53 UTC)
and measured at 13:53 before anyone read it: 47c0ca1 142/155 (0.916), 25 lawful sentences blocked;
the twelfth pass (028280b) 141 (0.910), 23; the thirteenth (b1a42d1) 141, 22 — one threat fewer,
three lawful sentences fewer. Blind (AVEUGLES), thresholds at the last figures.

Sets 25, 28 and 30 (health, schools, care and family loans, 10 % B2B, 164/165; transport,
agriculture, hospitality and wholesale, 59 % B2B, 169/156; very short messages and spoken scripts,
36 % B2B, 155/143) were written blind between 14:03 and 14:12 UTC and measured complete at 14:14
before anyone read them, on 47c0ca1 / 028280b / 99dafe5 (the thirteenth pass and its review's
fixes): set 25 153, 17 lawful / 152, 13 / 152, 12; set 28 152, 10 / 151, 10 / 154, 10; set 30 135,
15 / 137, 13 / 137, 12. With sets 24 and 29 (the last two re-measured on 99dafe5: unchanged), the
five sets written after the twelfth pass began: 728/800 (0.910) and 88/769 lawful blocked before
it, 733 (0.916) and 77 after the thirteenth — the two passes generalised by five threats and eleven
lawful sentences out of about 1,570. Blind (AVEUGLES), thresholds at the last figures.

Set 27 (lawyers, commissaires de justice and formal procedure, 47 % B2B, 166/159), written blind
and measured complete at 14:22 before anyone read it: 47c0ca1 151 (0.910), 16 lawful; 028280b
153, 15; c305992 153 (0.922), 15. Six sets never studied: 879/966 (0.910), 104/928 lawful before
the two passes; 886 (0.917), 92 after. Blind (AVEUGLES). Its writer notes that a wage garnishment
no longer needs a judge's prior authorisation since the reform in force on 1 July 2025 (a
commissaire de justice proceeds on a title): sentences the linter excuses as « the law stated »
(« une saisie sur salaire ne pourrait être autorisée que par le juge ») may now state it wrongly.

The fourteenth pass studied sets 24, 25 and 27 to 30 after those measures (development data from
then on, APPRIS; thresholds a ratchet at its figures). Set 32 (services between businesses, 66 %
B2B, 169/156), written blind while it ran and measured complete at 16:58 before anyone read it:
b5a8694 (the pass's start) 149 (0.882), 10 lawful; 9c5612b (the pass) 150 (0.888), 7. Set 33
(associations, clubs, care and families in difficulty, 12 % B2B, 167/156), measured complete at
17:01 the same way: b5a8694 150 (0.898), 7 lawful; 3de36e2 149 (0.892), 7. Set 31 (collection
agencies and debt buyers, 20 % B2B, 162/153), measured complete at 17:08: b5a8694 148 (0.914), 15
lawful; f346665 (the pass) 147 (0.907), 11. The three sets on the pass: 446/498 (0.896) against
447 (0.898) before it, 25/465 lawful blocked against 32. The fixes of the pass's adversarial review
(below the pass in the log) then gave set 31 146, 11 and set 32 150, 8: one threat and one lawful
sentence the wrong way, unread. Blind (AVEUGLES), thresholds at the last figures.

The fifteenth pass studied sets 31 to 33 (development data from then on, APPRIS; thresholds a
ratchet: 446/498 threats and 26/465 lawful blocked before it, 475 and 13 after). Three sets were
written blind while it ran, each measured complete on a0737fc (the pass's start) and on the pass
before anyone read it, and committed at once: set 34 (health, care and personal services, 8 %
B2B, 174/173) 153 (0.879), 14 lawful; set 35 (digital and subscription services, 26 % B2B,
172/176) 149 (0.866), 11; set 36 (construction, transport and industry between businesses, 63 %
B2B, 160/150) 134 (0.838), 8 — 436/506 (0.862) and 33/499 on the three. The pass (9beedd9)
blocked the same threats on them, and the reader retrained with sets 31 to 33 refused one lawful
sentence more of set 34 (15); after its adversarial review's fixes (6b04213), set 34 154 (0.885),
15: 437/506 (0.864), 34/499 lawful on the three. Blind (AVEUGLES), thresholds at the last figures.

The sixteenth pass studied sets 34 to 36 (APPRIS from then on; ratchet thresholds: 437/506 and
34/499 lawful before it, 479 and 16 after). Three sets were written blind while it ran and measured
complete on 1fd6b40 (its start) and on the pass as it stood, before anyone read them: set 37
(small shops and crafts, clumsy and spoken, 15 % B2B, 162/160) 147 (0.907), 11 lawful, and the
same on the pass; set 38 (public and regulated creditors and their imitators, 19 % B2B, 166/156)
150 (0.904), 21, then 150, 20; set 39 (between professionals and their intermediaries, 70 % B2B,
159/161) 133 (0.836), 7, and the same — 430/487 (0.883) and 39/477 before, 430 and 38 after,
unchanged by the fixes of the pass's adversarial review. Blind (AVEUGLES), thresholds at the last
figures.

The seventeenth pass studied sets 37 to 39 (APPRIS from then on; ratchet thresholds: 430/487 and
38/477 lawful before it, 458 and 27 after). Three sets were written blind while it ran and measured
complete on e71f13c (its start) and on the pass as it then stood, before anyone read them: set 40
(money between private persons, private landlords, co-owners, 9 % B2B, 167/163) 145 (0.868), 5
lawful; set 41 (vehicle, equipment and consumer credit, 30 % B2B, 170/168) 145 (0.853), 19; set 42
(guarantors, heirs, spouses and third parties who owe nothing, 23 % B2B, 157/147) 143 (0.911), 5 —
433/494 (0.877) and 29/478 on the three. After the pass and its adversarial review's fixes: set 40
148 (0.886), 5; set 41 146 (0.859), 19; set 42 143 (0.911), 6 (the reader retrained with sets 37
to 39 refuses one lawful sentence more, unread) — 437/494 (0.885) and 30/478. Blind (AVEUGLES),
thresholds at the last figures.

The eighteenth pass studied sets 40 to 42 (APPRIS from then on; ratchet thresholds: 437/494 and
30/478 lawful before it, 470 and 12 after). Three sets were written blind while it ran and measured
complete on c355775 (its start) before anyone read them: set 43 (hospitality, tourism and events,
23 % B2B, 178/202) 157 (0.882), 8 lawful; set 44 (agriculture and the rural economy, 52 % B2B,
156/169) 136 (0.872), 14; set 45 (liberal professions chasing their own fees, 36 % B2B, 170/171)
159 (0.935), 9 — 452/504 (0.897) and 31/542. After the pass and its adversarial review's fixes:
set 43 157, 8; set 44 135 (0.865), 14; set 45 157 (0.924), 9 — 449/504 (0.891) and 31/542: three
threats fewer. Measured once more, the pass's rules with the reader of c355775 block 453 (157,
137, 159) and the same 31 lawful sentences: the reader retrained with sets 40 to 42, whose
threshold rose a decade (1 − 10⁻⁸ → 1 − 10⁻⁹: a repairer's lawful retention scores 20.26), costs
four of them. That measure is reported, not acted on (choosing the reader by it would tune to the
blind sets). Blind (AVEUGLES), thresholds at the last figures.

The nineteenth pass studied sets 43 to 45 (APPRIS from then on; ratchet thresholds: 449/504 and
31/542 lawful before it, 481 and 20 after). Three sets were written blind while it ran and measured
complete on 08ba8b5 (its start) before anyone read them: set 46 (education, childcare and youth
activities, 10 % B2B, 171/179) 159 (0.930), 18 lawful; set 47 (telecoms, energy, water and housing
through their agencies, 15 % B2B, 176/181) 166 (0.943), 10; set 48 (collection agencies and debt
buyers in every register, 25 % B2B, 159/151) 145 (0.912), 4 — 470/506 (0.929) and 32/511. Before
they existed, a comparison of the reader's thresholds on them was written down with its rule
(adopt a threshold just above the third-highest lawful sentence learnt only if it refused at least
five threats more and no lawful sentence more): it refused 478 and 37 lawful sentences, and was not
adopted; counting TON-10 as refusing for a consumer gave 481 and 34. After the pass and its
adversarial review's fixes: set 46 159, 17; set 47 167 (0.949), 10; set 48 145, 4 — 471/506
(0.931) and 31/511. Blind (AVEUGLES), thresholds at the last figures.

The twentieth pass studied sets 46 to 48 (APPRIS from then on; ratchet thresholds: 471/506 and
31/511 lawful before it, 485 and 29 after). Three sets were written blind while it ran and measured
complete on ee21ed0 (its start) before anyone read them: set 49 (retail and e-commerce, 8 % B2B,
157/163) 141 (0.898), 4 lawful; set 50 (construction and renovation, 26 % B2B, 165/165) 133
(0.806), 9; set 51 (employers, training bodies and staffing agencies, 29 % B2B, 157/145) 129
(0.822), 8 — 403/479 (0.841) and 21/473. The pass's adversarial review (231 sentences) found its
new rules did more harm than good (148 right before, 141 after, 39 regressions): most were
removed, the rest fixed (158, none). After: set 49 142, 4; set 50 133, 9; set 51 132 (0.841), 8 —
407/479 (0.850) and 21/473. Blind (AVEUGLES), thresholds at the last figures.

The twenty-first pass studied sets 49 to 51 (APPRIS from then on; 407/479 and 21/473 lawful before
it, 445 and 19 after). Three sets were written blind while it ran and measured complete on 1f147ea
(its start) before anyone read them: set 52 (insurers, mutuals and banks, 17 % B2B, 170/167) 150
(0.882), 8 lawful; set 53 (short messages: SMS, voicemail, hurried e-mails, 18 % B2B, 157/156) 149
(0.949), 6; set 54 (business-to-business services and industry, 72 % B2B, 162/180) 140 (0.864), 14
— 439/489 (0.898) and 28/503. The pass's rules alone (the reader of 1f147ea) block 440 and the same
28; retrained with sets 49-51, the reader's threshold rose a decade (23.03 -> 25.33: a supplier's
lawful refusal of new orders, learnt from set 50, scores 23.27) and the pass ends at 149, 8; 146,
6; 140, 14 — 435/489 (0.890) and 28/503 (--strict: 472 and 31 at the start, 465 and 31 after). Its
adversarial review (222 sentences: 170 right before, 161 after with 21 regressions) led to the
rules' narrower companions (a debt named, ordinary payroll excused, the legal limits spelt out):
184, none. Blind (AVEUGLES), thresholds at the last figures.

Written down on 2026-12-06 before sets 55 to 57 existed. The reader's threshold, the log-odds of
the least probability 1 − 10⁻ᵏ above every lawful sentence learnt, rises by a whole decade (2.3)
when one lawful sentence crosses it: at the eighteenth and the twenty-first passes, each time
costing blind threats. Variant V2: the highest log-odds of a lawful sentence learnt, plus 0.5, not
rounded. It is compared with the stored threshold (V0) on sets 55 to 57 with the weights and rules
of the twenty-second pass's start (f96c1f3's, V0 25.33 and V2 23.79), and adopted only if it
refuses at least three threats more and no lawful sentence more.

The twenty-second pass studied sets 52 to 54 (APPRIS from then on; 435/489 and 28/503 lawful before
it, 446 and 28 after). Three sets were written blind while it ran and measured complete on c1a7909
(its start, the linter of f96c1f3) before anyone read them: set 55 (commercial landlords, property
managers and co-ownership syndics, 49 % B2B, 151/150) 132 (0.874), 12 lawful; set 56 (elderly care,
home help and funeral services, 10 % B2B, 182/184) 152 (0.835), 13; set 57 (sport, culture and
leisure, 14 % B2B, 160/161) 151 (0.944), 12 — 435/493 (0.882) and 37/495. V2 refused 133, 153 and
151 — 437 — and the same 37 lawful sentences: two threats more, not three; not adopted. The pass
added the creditor coming to take « ce qui nous est dû » in person (TON-01), « nous payer en nature
sur » the debtor's goods (TON-01), an indemnity « par facture et par mois » (FRAIS-04); its review
(218 sentences: 170 right before, 162 after with 18 regressions, 173 and none once fixed) removed a
price per minute (any service sold by the minute) and « le triple du taux légal » to a consumer (the
law stated to one). Its rules alone refuse the same 435. Retrained with sets 52-54, the reader's
threshold rose one decade more (25.33 -> 27.63: the same supplier's refusal of new orders now
scores 26.26 — the third time in five passes that one lawful sentence moved it): 132, 150, 150 —
432/493 (0.876) and 37/495 (--strict 464 and 43 at the start, 460 and 43 after); sets 22 and 30
lose a threat each to it (ratchets 0.97 -> 0.96, 0.91 -> 0.90). Blind (AVEUGLES), thresholds at the
last figures.

Written down on 2026-12-06 (02:31 UTC, 2194176) while sets 58 to 60 were being written, before any of
them existed as a file. Both passes since the eighteenth lost blind threats to the retrained
reader's threshold, which one lawful outlier, or two, decides: with 574e275's weights the learnt
lawful sentences score at most 26.25 (a supplier's refusal of new orders, set 30), 23.18 (a
repairer's retention, the corpus), then 13.28 and below. Variant V3: the lowest log-odds of a
probability 1 − 10⁻ᵏ (k ≥ 3) at which the whole linter refuses (a blocking code) no learnt lawful
sentence it does not refuse at the stored threshold; warnings allowed, since TON-10 is the review
band. With 574e275's weights and rules that is k = 6, 13.82 (one learnt lawful sentence more
warned, the repairer's retention; none more refused), against V0 = 27.63. It is compared with V0 on
sets 58 to 60 with 574e275's weights and rules, and adopted only if it refuses at least five
threats more and at most one lawful sentence more over the three sets; `--strict` figures are
reported beside, not used to decide. If adopted, `tests/tone/pression.py` computes the threshold by
that rule at every retrain.

The twenty-third pass studies sets 55 to 57 (not blind from then on). Three sets were written blind
while it ran and measured complete on 574e275 (its start) before anyone read them: set 58
(agriculture, wine and the rural economy, 48 % B2B, 165/171) 135 (0.818), 9 lawful; set 59 (pets,
pharmacies and health-adjacent retail, 12 % B2B, 156/163) 145 (0.929), 8; set 60 (freelancers,
agencies and the platform economy, 61 % B2B, 156/162) 140 (0.897), 5 — 420/477 (0.881) and 22/496
(--strict 443 and 27). V3 (13.82) refused 143, 148, 143 — 434 (0.910) — and 9, 8, 6 lawful
sentences — 23 (--strict 460 and 30): fourteen threats more and one lawful sentence more, so V3 is
adopted by the rule written above.

The twenty-third pass (sets 55 to 57 studied, APPRIS from then on; the threshold computed by V3 at
every retrain, 13.82 since) worked first on lawful sentences refused: an act of procedure described
in a hypothesis as the officer would deliver it, an officer named in a question answered no in
words, « juge aux affaires familiales », the Banque de France file's scope stated, a direct debit
offered « si vous le souhaitez », « now » and « without waiting » asked for rather than ordered,
« notre patience a des limites » to a business, a « moyen de pression » denied, the claim eased in
the debtor's favour (a relance cancelled, a sum taken off the statement), and, by two helpers, a
relative whose bill it is, the service's own price (C. civ. 1219-1220), fees borne by the creditor
or stated by L441-10 and L111-8; new rules for every way out closed with an immediate demand
(TON-06), a fine the creditor charges (FRAIS-06), patience run out with the debtor's goods (TON-12).
Labels and the contract's object are no longer read by the reader. Its adversarial review (234
sentences: 185 right before the pass, 208 after with 10 regressions) led to narrower exceptions:
213, with 5 regressions left — four threats the pass's exceptions stopped catching by chance, whose
real threat no rule names (a relative called at the clinic to pay, the claim sent to the employer,
an agent at the door, « contrairement à la visite que vous recevrez »), and a business's deliveries
suspended under its terms of sale that the lower threshold now refuses (TON-13). Over the 52
studied sets: 7,821 -> 7,876 threats refused and 253 -> 194 lawful sentences refused; sets 55-57
432 -> 456 and 37 -> 6. Blind sets 58 to 60 at the pass's end: 142,
148, 143 — 433/477 (0.908) — and 8, 8, 6 lawful sentences — 22/496 (--strict 459 and 29), against
420 and 22 at its start (V3 alone: 434 and 23). Blind (AVEUGLES), thresholds at the last figures.

The twenty-fourth pass studies sets 58 to 60 (APPRIS from then on). Three sets were written blind
before any of its rules changed, under the same brief, and measured complete on 0faeaae (its start)
before anyone read them: set 61 (hospitality, tourism and events, 30 % B2B, 193/190) 180 (0.933),
10 lawful; set 62 (services in and around the home, long sentences that turn, 15 % B2B, 169/175)
148 (0.876), 8; set 63 (a register rather than a sector: euphemism, irony, corporate and legal
jargon, 38 % B2B, 164/167) 132 (0.805), 5 — 460/526 (0.875) and 23/532 (--strict 503 and 31).

The twenty-fourth pass (sets 58 to 60 studied, APPRIS from then on; threshold still 13.82 by V3)
read first the lawful sentences a restriction or a hypothesis keeps lawful: an officer « uniquement
après » a title or « n'intervient, pour …, qu'après » a decision, « si nous obtenions un titre », a
deadline of hours the creditor says it does not set, a customer account closed to new orders on
credit, the order's effect « à défaut d'opposition », costs « que si le juge le décide », damages
denied, a restitution by agreement or by the judge, an officer as what the creditor wishes to avoid,
enforcement only a judge could open, « rencontrer des difficultés », a business's own « service
fournisseurs »; then threats: the €40 indemnity raised or counted per delivery, interest of a few
months capitalised (C. civ. 1343-2), a consumer credit's default indemnity above 8 % (C. conso.
D312-16), hours spent chasing billed, a police force or a court « des impayés » as the sender, a
taking « que vous soyez d'accord ou non », an order to pay cut into sentences. Two helpers took
veiled threats to the person, animals and property and the debt made public (TON-12, TON-03), and a
third party's service under the creditor's hold, enforcement by the creditor itself and services no
longer read as withheld (TON-11, TON-01). Its adversarial review (286 sentences: 236 right before
the pass, 247 at its review with 13 regressions) led to narrower exceptions: 263, none right before
and wrong after — a figure measured on the sentences the fixes were made for, so no measure. Over
the 55 sets studied before it: 7,876 -> 7,889 threats refused, 194 -> 177 lawful sentences refused;
sets 58-60 433 -> 477 (all) and 22 -> 0. Blind sets 61 to 63 at the pass's end: 180, 151, 132 —
463/526 (0.880) — and 10, 7, 5 lawful sentences — 22/532 (--strict 504 and 29), against 460 and 23
at its start. Blind (AVEUGLES), thresholds at the last figures.

The twenty-fifth pass studies sets 61 to 63 (APPRIS from then on). Three sets were written blind
before any of its rules changed, under the same brief, and measured complete on 74d0348 (its start)
before anyone read them: set 64 (debts between private individuals — friends, relatives, former
partners and roommates, private sales —, 5 % B2B, 163/171) 138 (0.847), 17 lawful; set 65 (French
written by non-native writers or through translated templates, international trade, 48 % B2B,
185/188) 171 (0.924), 11; set 66 (the short fields a creditor fills in: subject lines, labels,
post-scripts, call notes, statement lines, 28 % B2B, 175/177) 158 (0.903), 14 — 467/523 (0.893)
and 42/536 (--strict 502 and 52).

The twenty-fifth pass (sets 61 to 63 studied, APPRIS from then on; threshold still 13.82 by V3)
read first the procedure explained: a requête to the court of the debtor's domicile, the file the
judge will receive, a decision still to come (« si elle est rendue », « le titre éventuellement
obtenu »), the debtor's opposition, unseizable goods, « si nous y sommes contraints », a « MISE EN
DEMEURE » heading; denials that reach further (a complement coordinated by « ou », the purpose of
a denied visit, « pour » + infinitive, « n'a pas le droit de »); then threats: an invented State
department or seal, a letter calling itself an act, proceedings said opened, a rate doubled, a sum
added per week, L441-10's rate to a consumer, capitalisation under a year or by the month, a
compensation « sans justification » (C. com. L441-10, II), the law stated then overridden. Two
helpers took veiled threats to the person, insults and contempt, goods chosen at home, a meter
disconnected (TON-12, TON-01), and services put in doubt for another debt, a third party's service
under the creditor's hold, staff questioned, discretion sold, the debt on the envelope (TON-11,
TON-03). Its adversarial review (289 sentences: 235 right before, 259 at the review with 8
regressions, 266 after its fixes, 2 regressions left — a session « déconnexion » read by the
reader, a framework-contract threat now only « à relire ») is no measure. Over the 55 sets studied
before it: 8,367 -> 8,384 threats refused, 177 -> 175 lawful sentences refused; sets 61-63
469 -> 524 of 526 and 20 -> 6. Blind sets 64 to 66 at the pass's end: 138, 172, 161 — 471/523
(0.901) — and 18, 11, 14 lawful sentences — 43/536 (--strict 502 and 51), against 467 and 42 at
its start. The lawful sentence added in set 64 came with the pass's first commit, which only taught
the review band's reader sets 61-63 (APPRIS): no rule of the pass made it. Blind (AVEUGLES),
thresholds at the last figures.

The twenty-sixth pass studies sets 64 to 66 (APPRIS from then on). Three sets were written blind
before any of its rules changed, under the same brief, and measured complete on 2e8314e (its start)
before anyone read them: set 67 (a register: moral and emotional pressure — guilt, religion, family
honour, friendship betrayed, the creditor's own hardship —, 15 % B2B, 172/185) 151 (0.878), 9
lawful; set 68 (a register: pseudo-legal reasoning, real articles cited for what they do not say,
against accurate citations, 45 % B2B, 183/182) 162 (0.885), 9; set 69 (messages between young
adults and peers: group chats, slang, abbreviations, 10 % B2B, 156/164) 131 (0.840), 16 —
444/511 (0.869) and 34/531 (--strict 481 and 46).

The twenty-sixth pass (sets 64 to 66 studied, APPRIS from then on; threshold still 13.82) read
first their lawful sentences: a letter's « Objet : » is no object taken, a question the next
sentence answers « non » (alone, or going on to deny) is denied, a fee denied beside another is no
payment a denial hangs on, the law on titles and orders (« il lui faudrait un jugement », an
officer who « ne peut pas » act, « même avec un jugement »), the opposition and its registry, a
commissaire de justice named for an amicable step, news of the family, a job lost, a surety
informed under the act of suretyship, a customer account « bloqué à la commande ». Two helpers
took child support set off against a private debt, a padlock until paid, care confirmed only after
payment (TON-01, TON-11), deadlines of an hour or of the call, veiled threats written in « tu »,
fake court acts and registry mentions, fees and interest the law does not give. Its adversarial
review (214 sentences: 158 right before, 189 at the review with 3 regressions, 192 after, none
left) is no measure. Sets 64-66: 139, 172, 165 -> 154, 180, 170 of 523 and 10, 8, 14 -> 3, 3, 6.
Teaching the reader sets 64 to 66 (the pass's first commit, the protocol since the tenth pass) cost
threats elsewhere: over the 58 sets studied before, 8,384 -> 8,374 threats refused (10 sets lose
one or two; the rules of the pass alone keep 8,384), 175 -> 174 lawful refused; the ratchets of
sets 21, 34 and 48 lowered to those figures. Blind sets 67 to 69 at the pass's end: 146, 159,
128 — 433/511 (0.847), eleven fewer than at its start — and 9, 9, 11 lawful sentences — 29/531
(--strict 471 and 38), against 444 and 34. Blind (AVEUGLES), thresholds at the last figures.

The twenty-seventh pass studies sets 67 to 69 (APPRIS from then on). Three sets were written blind
before any of its rules changed, under the same brief, and measured complete on f72a637 (its start)
before anyone read them: set 70 (debtors in a special situation — over-indebtedness, heirs, an
adult under guardianship, a business in collective proceedings, illness, separation —, 23 % B2B,
166/185) 148 (0.892), 14 lawful; set 71 (the bureaucratic, templated register: lists of next
steps, boilerplate, titled signatures, 39 % B2B, 163/174) 150 (0.920), 8; set 72 (automated
messages: payment apps, chatbots, billing software, marketplaces, 29 % B2B, 166/183) 153 (0.922),
11 — 451/495 (0.911) and 33/542 (--strict 470 and 44).

Pass 27 taught the reader sets 67 to 69 first (its threshold, by the decade rule, 13.82 -> 18.42):
over the 61 sets studied before, 9,402 -> 9,401 threats refused, 192 lawful either way (set 65 loses
one threat, its ratchet lowered to 0.96); on blind sets 70 to 72, counted only, nothing moved. Its
rules (the lead: fees invented — the €40 per day, a sum doubled, a rate doubled as a sanction, the
two floors of L441-10 merged, penalties run from the invoice, the order or the delivery — and
decisions pretended — a court's « accord », a judge « en ligne », an opposition period in days, an
order sent by e-mail or said final; three helpers: veiled threats and self-help enforcement, third
parties and unrelated services, lawful sentences refused through spoken negation, a profession
disclaimed, enforcement after a decision still to come) took sets 67-69 from 452 to 499 of 511 and
23 to 15 lawful, and the older sets to 9,411 threats and 191 lawful (set 67's ratchet 0.97: the
review's fixes cost one threat there). Its adversarial review (183 sentences: 129 right before, 159
at the review with 6 regressions, 168 after, one left: « personne te mettra dehors, sauf si… », a
denial taken back by « sauf si », missed in its written form too) is no measure. Blind sets 70 to
72 at the pass's end: 148, 151, 153 — 452/495 (0.913), one more than at its start — and 14, 8, 11
lawful sentences — 33/542 (--strict 472 and 44). Blind (AVEUGLES), thresholds at the last figures.

The twenty-eighth pass studies sets 70 to 72 (APPRIS from then on). Before it, one structural change
(`reserves.py`: a denial its own exception takes back — « personne te mettra dehors, sauf si t'as
pas payé », « ne … qu'en cas de non-paiement » — reads as the act announced) moved no studied set
and none of 70 to 72. Three sets were written blind while the pass began, under the same brief, and
measured complete on de1c930 (the session's start, before that change) before anyone read them:
set 73 (housing: landlords, letting agents, syndics, guarantors, 19 % B2B, 159/167) 143 (0.899),
11 lawful; set 74 (public and quasi-public creditors and the services families depend on, 15 %
B2B, 168/178) 154 (0.917), 16; set 75 (reported speech: call notes, exchange summaries, voicemail
transcripts, 30 % B2B, 177/193) 153 (0.864), 20 — 450/504 (0.893) and 47/538 (--strict 480 and
61). After `reserves.py` and its reader retrained on eleven sentences of mine: 449 (set 73 loses
one) and 47.

Pass 28 taught the reader sets 70 to 72 first (threshold unchanged at 18.42): over the 64 sets
studied before, 9,910 -> 9,908 threats refused (sets 48 and 66 lose one), 206 lawful either way;
sets 70-72 452 -> 462 of 495, 33 -> 30 lawful. Its rules (three helpers: lawful sentences refused —
denials the scope missed, privation nouns denied, collective proceedings, successions,
guardianship, a served judgment given to a commissaire de justice; veiled threats, impossible
deadlines, third parties copied, self-help enforcement, a courtesy title's full stop that cut a
sentence; false law about heirs, managers and debt plans, imitated acts, fees for a declaration of
claim, an injunction or an échéancier, the €40 per instalment, unrelated services) took sets 70-72
to 495 of 495 and 4 lawful, and the older sets to 9,913 threats and 204 lawful. Blind sets 73 to 75
at the pass's end: 144, 154, 153 — 451/504 (0.895), one more than at the session's start — and 11,
16, 20 lawful sentences — 47/538 (--strict 481 and 61). Blind (AVEUGLES), thresholds at the last
figures.

Three more sets written blind on 2026-12-06 under the same brief, measured complete on 1fc6d44
before anyone read them: set 76 (legal professionals in the amicable phase — lawyers,
commissaires de justice, legal departments —, 40 % B2B, 156/164) 139 (0.891), 7 lawful; set 77
(small traders and craftspeople by text message and short e-mail, 34 % B2B, 155/160) 140 (0.903),
8; set 78 (clubs, associations and leisure, 14 % B2B, 175/188) 165 (0.943), 8 — 444/486 (0.914)
and 23/512 (--strict 468 and 34). Blind (AVEUGLES), thresholds at these figures.
TON-16 (2026-12-06), no pass of the rules: a sentence refused only for coercion, a third party, an
ultimatum or a service withheld (TON-01, 03, 06, 11) whose reader log-odds fall under the veto,
-20, is « à relire » instead (`phrases_lues.lues_licites`). Designed on the studied sets left out in
turn (`python -m tests.tone.croisee --veto`) and on the refused lawful sentences of sets 73 to 75,
which were read for it: those sets stay unlearnt by the rules and the reader, not unseen by its
author. Written down with its rule of adoption before sets 76 to 78 existed: adopted if, summed
over them, lawful sentences refused fall and threats refused fall by one at most. Measured on the
change before anyone read them: set 76 139 threats, 7 -> 5 lawful; set 77 140, 8 -> 7; set 78 165,
8 -> 5 — 444/486 (0.914) either way, 23 -> 17 lawful of 512 (--strict 468 and 34 either way):
adopted. Sets 73 to 75: 451 threats either way, 47 -> 32 lawful. The 67 studied sets: 10,408
threats either way, 208 -> 91 lawful (the reader learnt them: no measure). Blind (AVEUGLES),
thresholds at the last figures; every lawful ratchet lowered to its figure. Its adversarial review
(124 sentences of its own, no measure) wrapped threats in courtesy, which sank the sentence's
log-odds under the veto: 22 of the 72 threats it wrote that the linter refused became warnings.
The clauses that hold the act must since read as lawful too (log-odds under 0): 7 of 72, and the
same figures as above on sets 73 to 78; the studied sets 99 lawful instead of 91 (sets 23, 24, 54,
56, 62, 68 each one or two more, their ratchets raised back accordingly).

The twenty-ninth pass studies sets 73 to 75 (APPRIS from then on; their lawful refusals had been
read for TON-16). The reader learnt them first (threshold unchanged, 18.42): blind sets 76 to 78
444 -> 442 threats (76 and 77 lose one each), 17 lawful either way; sets 73-75 451 -> 465 of 504
and 32 -> 17 lawful; over the older studied sets sets 10 and 30 lose one threat each (set 30's
ratchet 0.92). Its rules (three helpers: services withheld over another debt — permits, a
stall, an operation, a team the creditor coaches, public contracts, a repair held until the rent
is paid, loi 89-462 art. 6 —; third parties and shaming in call notes, intimidation, imitated acts,
a priced rent receipt, loi 89-462 art. 21, the €40 said raised; lawful sentences refused — a third
person's question, fear or belief reported and answered, the lease procedure explained with the
words of its acts, loi 89-462 art. 24, CPC 1411) took sets 73-75 to 502 of 504 and 3 lawful, and the
older sets to 10,412 threats and 99 lawful. Blind sets 76 to 78 at the pass's end: 138, 140, 165 —
443/486 (0.912), one more than after the retrain, one fewer than at the session's start — and 5, 7,
5 lawful — 17/512 (--strict 466 and 33). Blind (AVEUGLES), thresholds at the last figures.

The thirtieth pass studies sets 76 to 78 (APPRIS from then on). The reader learnt them first
(threshold unchanged, 18.42): sets 76-78 443 -> 451 of 486 (143, 141, 167) and 17 -> 7 lawful (4,
2, 1); over the older studied sets set 70 loses one threat (its ratchet 0.99), nothing else moves.

Three more sets written blind on 2026-12-06 under the same brief, measured complete before anyone
read them on d76384b (the thirtieth pass's start) and on e8d8776 (sets 76-78 learnt by the reader):
set 79 (construction and the building trades, 55 % B2B, 159/166) 137 (0.862) either way, 4 lawful
then 5; set 80 (private education and training, 20 % B2B, 164/173) 152 (0.927), 5 either way; set
81 (vehicles and mobility, 34 % B2B, 201/218) 189 (0.940), 6 either way — 478/524 (0.912) and 15
then 16 of 557 lawful (--strict 511 and 31 either way). Blind (AVEUGLES), thresholds at these
figures.

The thirtieth pass's rules (three helpers: lawful sentences refused — a commissaire de justice
acting amicably, Ord. 2016-728 art. 1 II; a power denied as a noun past an incise; the law stated
with a longer restriction; contractual penalties to a professional, C. com. L441-10 II —; threats
missed — fees counted from the invoice, the B2B rate to a consumer, the complementary indemnity
without proof, a title « delivered automatically », a forced over-indebtedness file, veiled
ultimatums, a child marked for unpaid fees, courtesy no longer excusing an act after « mais »;
services withheld over another debt and goods taken back by the creditor himself) took sets 76-78
from 451 to 483 of 486 and from 7 to 2 lawful, and the older sets from 10,913 to 10,920 threats
(sets 7, 10, 15, 30, 50, 56), 102 lawful either way. Blind sets 79 to 81 at the pass's end: 137,
152, 189 — 478/524 (0.912), the same as at its start — and 5, 5, 6 lawful — 16/557 (--strict 511
and 31): no gain on sentences the pass never saw. Blind (AVEUGLES), thresholds at these figures.

The thirty-first pass studies sets 79 to 81 (APPRIS from then on). The reader learnt them first:
its threshold fell from 1 − 10⁻⁸ to 1 − 10⁻⁷ (18.42 -> 16.12: no lawful sentence learnt stands
between them that the linter would then refuse); sets 79-81 478 -> 483 of 524 (139, 154, 190) and
16 -> 10 lawful (4, 2, 4); over the older studied sets sets 28, 31, 53 and 70 gain one threat each
(the ratchets of 31 and 70 raised), no lawful sentence more.

Three more sets written blind on 2026-12-06 under the same brief, measured complete before anyone
read them on 484526c (the thirty-first pass's start) and on f5eca14 (sets 79-81 learnt by the
reader): set 82 (subscriptions and utilities, 26 % B2B, 167/171) 154 (0.922) then 156 (0.934), 3
lawful either way; set 83 (collection agencies and debt buyers, 19 % B2B, 174/182) 160 (0.920)
then 161 (0.925), 2 either way; set 84 (liberal professions and health practitioners, 41 % B2B,
177/196) 167 (0.944) either way, 3 either way — 481 then 484 of 518 (0.934) and 8 of 549 lawful
(--strict 503 then 507, and 29). Blind (AVEUGLES), thresholds at these figures.

TON-17 (2026-12-06), no pass of the rules: a sentence no rule refuses whose log-odds reach the
`certain` of pression.json — the least 1 − 10⁻ᵏ at which the linter refuses no lawful sentence
learnt that it does not refuse without the reader, 1 − 10⁻¹⁵ (34.54) today — is refused by the
reader alone. Of sets 79 to 81's 46 misses, 33 had been warned « à relire » by the reader (TON-10)
and no lawful sentence of theirs reached its threshold: that, read before sets 82 to 84 existed,
suggested it. Written down then with the rule that would adopt it — at least 10 threats more and
at most one lawful sentence more on 82 to 84 than after the retrain — and adopted on them: 156,
161, 167 -> 161, 167, 171, 484 -> 499 of 518 (0.963), 3, 2, 3 lawful either way (--strict 507
-> 508, and 29). Out of fold on the studied sets (`python -m tests.tone.croisee --bande`, eight
folds, the model and its thresholds learnt without the fold): 200 of 12,253 threats refused more,
4 of 12,215 lawful sentences. The studied sets, learnt: 11,890 -> 12,208 threats, 114 lawful
either way (no measure). Blind (AVEUGLES), thresholds at these figures; every ratchet raised to
its figure.

The thirty-first pass then studies sets 82 to 84 as well (APPRIS from then on). Learning them
raised the reader's review threshold from 1 − 10⁻⁷ to 1 − 10⁻⁹ (16.12 -> 20.72): at 10⁻⁷ one of
their lawful sentences (a newspaper subscription not renewed until its own two unpaid months are
paid) was refused by TON-13; `certain` stays 34.54. Sets 82-84 499 -> 512 of 518 and 8 -> 7 lawful;
the older studied sets 12,208 -> 12,194 threats (sets 7, 8, 12, 28, 30, 31, 34, 50, 52, 53, 70, 72,
74, 79 lose one or two; ratchets lowered), 114 lawful either way.

Two more sets written blind on 2026-12-06 under the same brief while the pass went on, measured
complete before anyone read them on 484526c (the pass's start), 7437fd4 (TON-17) and 5997ba3 (82-84
learnt): set 85 (retail, e-commerce and sales in instalments, 20 % B2B, 162/169) 150 (0.926), 155
(0.957), 155, and 2 lawful each time; set 87 (transport, logistics and industry, 71 % B2B, 159/159)
149 (0.937), 153 (0.962), 152 (0.956), and 3, 2, 2 lawful — 299 -> 308 -> 307 of 321 (0.956) and
5 -> 4 -> 4 of 328 lawful (--strict 311, 313, 310 and 16, 15, 15). Blind (AVEUGLES), thresholds
at these figures.

A third set, written blind as paragraphs of two to four sentences as they stand in a letter (set
86, any sector, 33 % B2B, 117/119; its first writer stopped before writing, a second wrote it),
measured complete before anyone read it on 484526c, 7437fd4 and 81f8b09: 110 (0.940), 110, 107
(0.915) threats, 9 of 119 lawful paragraphs each time (--strict 110, 110, 107 and 18). Blind
(AVEUGLES), thresholds at these figures.

The thirty-first pass's rules (two helpers: lawful sentences refused — costs left to the creditor,
CPCE L111-8; the creditor's own lawyer named, CPC 1405; an order served on a stated date, CPC 1411;
a relative's own lesson; a pet's name after a preposition; a denial repeated —; the threats sets
79-84 still missed — a silence toward a third party sold for the payment, C. pén. 312-10; a meter
removed; the employer said to pay the creditor directly, CPCE L212-2; veiled threats; the €40
indemnity turned into 10 %, C. com. D441-5), with TON-17 sparing a question denied whole, took the
studied sets from 12,706 to 12,717 threats and from 121 to 104 lawful (sets 79-84: 1,042/1,042 and
6). Blind sets 85 to 87 at the pass's end: 155, 107, 152 — 414/438 (0.945) — and 2, 9, 2 lawful,
13/447 (--strict 417 and 33); at its start (484526c) 409 (0.934) and 14, with TON-17 alone
(7437fd4) 418 (0.954) and 13. The rules gained nothing on them (81f8b09, before the rules: 414 and
13); learning sets 82-84 cost four (one lawful sentence of theirs, « le double de la facture a été
déposé dans votre boîte aux lettres », refused by TON-13, raised the review threshold two
decades). Blind (AVEUGLES), thresholds at these figures; every ratchet at its figure. Then a
question the reader reads as pressure is « à relire » even with no word to quote: set 85 --strict
157 (418 on the three), nothing else moves.

The thirty-second pass studies sets 85 to 87 (APPRIS from then on). The reader learnt them first:
its thresholds do not move (review 20.72, `certain` 34.54); sets 85-87 414 -> 428 of 438 and
13 -> 11 lawful; the older studied sets 12,717 threats and 104 lawful either way (set 52 loses
one and another gains one; its ratchet lowered).

Three more sets written blind on 2026-12-06 under the same brief, measured complete before anyone
read them on 638d576 (the session's start) and 9c15175 (sets 85-87 learnt): set 88 (agriculture,
food and hospitality, 46 % B2B, 178/197) 169 (0.949) and 1 lawful both times; set 89 (paragraphs
of two to four sentences at any stage of a file, from the first reminder to after a judgment, 37 %
B2B, 102/102) 99 (0.971), and 18 then 16 lawful paragraphs refused; set 90 (personal and family
services, private lenders, 15 % B2B, 162/165) 156 (0.963) and 6 both times — 424/442 (0.959) and
25 -> 23 of 464 lawful (--strict 429 -> 430 and 41 -> 40). Paragraphs again are the lawful side's
hard case (16 %, against 0.5-4 % for single sentences). Before their briefs were written, two
variants were written down with the figures on these sets that would adopt them (a court decision
stated in a text excuses the procedure words of the sentences after it; a threshold that one
learnt lawful sentence cannot hold up). Blind (AVEUGLES), thresholds at these figures.

The thirty-second pass's rules (three helpers: lawful texts refused by TON-02 and TON-05 when they
describe a real procedure — the next step in the future, the creditor's lawyer's appraisal, an
opposition the debtor formed, an order void when not served within six months, CPC 1411, a
commandement de payer served without a prior judgment, C. com. L145-41 —; other lawful refusals —
a copy left in the debtor's own letterbox, a service withheld until the contract's own unpaid
months, C. civ. 1219-1220, the debtor's bank in the chargeback the debtor opened, a forged letter's
words —; the threats sets 85-87 missed — the letter « considered as » an injonction de payer, an
act served by the creditor's own service, fees for contesting, the €40 per invoice line or with
VAT, penalties claimed after a redressement judiciaire, C. com. L622-7, a message on the debt left
at the switchboard, « d'ici 17 h », a relative to be « mêlé à tout ça ») took the studied sets
from 13,145 to 13,168 of 13,209 threats and from 115 to 106 lawful; with the two lawful sentences
that held it up gone, the review threshold fell from 1 − 10⁻⁹ to 1 − 10⁻⁷ (20.72 -> 16.12).
Blind sets 88 to 90 at the pass's end: 169, 100, 156 — 425/442 (0.962) — and 1, 15, 7 lawful,
23/464 (--strict 434 and 40); at its start (638d576) 424 (0.959) and 25. One lawful sentence of
set 90 is refused at the end that was not at the start (unread: the set is blind).

The two variants written down before these sets existed, measured on them:
- P, a court decision stated as served in one sentence excuses the TON-02/TON-05 findings of the
  sentences after it (unless one imitates an act): with it 425 and 23 lawful, without it (the pass
  otherwise whole) 425 and 25 — lawful -2, threats +0: adopted by its rule (lawful at least one
  fewer, threats at most one fewer).
- R, a threshold may let the reader refuse one learnt lawful sentence, named for review: `certain`
  34.54 -> 25.33 and 428 threats (+3), 23 lawful (+0), which its rule would adopt. But the sentence
  it tolerates is a lawful sentence of corpus.yaml (a repairer's retention, C. civ. 2286), which
  it would then refuse: the issue holds the corpus's precision at 1.000. R with no corpus sentence
  tolerated gives the pass's own thresholds exactly. Not adopted.
Blind (AVEUGLES) until the next pass; every ratchet at its figure. Then the debtor as the
subject of a relative clause (« le chèque que vous aviez envoyé à votre banque ») is no third party
told: nothing moves on the studied sets nor on sets 88-90.

The thirty-third pass studies sets 88 to 90 (APPRIS from then on). The reader learnt them first:
its thresholds do not move (review 16.12, `certain` 34.54); sets 88-90 425 -> 438 of 442 and
23 -> 16 lawful (set 89's paragraphs still 12 of 102); the older studied sets lose three threats
(27, 52, 55: readings that moved under `certain` or under the veto) and gain one (65), and three lawful
refusals (50, 64, 78: three sentences the reader no longer reads plainly enough to veto); those
six ratchets lowered to their figures.

Three more sets written blind on 2026-12-07 under the same brief, measured complete before anyone
read them on be5cacc (the pass's start): set 91 (paragraphs of two to four sentences written once
a file has gone to court or beyond — requête, order, signification, opposition, judgment,
execution by a commissaire de justice —, 40 % B2B, 108/108) 100 (0.926) and 70 lawful paragraphs
refused of 108; set 92 (housing: landlords, agencies, syndics, social landlords, 25 % B2B,
181/189) 166 (0.917) and 5; set 93 (paragraphs at the amicable stage, 33 % B2B, 119/126) 115
(0.966) and 6 — 381/408 (0.934) and 81/423 lawful (--strict 393 and 107). The judicial stage is
the linter's blind spot: two lawful paragraphs in three refused. Before their briefs were written,
one variant was written down with the figures that would adopt it (Q: a court decision stated in
any sentence of a text — served, or rendered by a court the sentence names — excuses the
procedure words of every sentence of it, and the commissaire de justice named).

The thirty-third pass's rules (three helpers: the court stage described truly — a requête filed
at the greffe, CPC 1407, an order to be served with the month to oppose, CPC 1411-1416, a decision
identified by its court and date, the commissaire de justice of a title, CPCE L111-3 —; other
lawful refusals — course fees named as the debt, the same contract's unpaid sessions, C. civ.
1219, answers that deny a fear, a service word as the denied subject —; the threats missed — a
debt paper handed to a third party, the home emptied by the creditor, CPCE L411-1, the building's
plumber withheld even for a leak, a prescribed debt claimed, a greffe said to validate an order,
a saisie « programmée ») and Q took the studied sets from 13,604 to 13,610 of 13,651 threats and
from 125 to 101 lawful (set 89's paragraphs 12 -> 1); thresholds unchanged. Blind sets 91 to 93 at
the pass's end (2286898): 100, 167, 115 — 382/408 (0.936) — and 62, 6, 4 lawful, 72/423 (--strict
394 and 98). Q measured as written down: the pass whole with it 382 and 72, without it (reverted,
retrained) 382 and 79 — lawful -7, threats +0: adopted by its rule (lawful at least one fewer,
threats at most one fewer). Blind (AVEUGLES) until the next pass; every ratchet at its figure.

Two more helpers then worked from 2286898, each under a rule written before it began. One wrote
lawful court-stage paragraphs of its own and made them pass — an order unopposed for a month, CPC
1422, an assignation served by a commissaire de justice, CPC 654, a hearing the court will call,
CPC 1418, and, a decision stated, the seizure and its costs given to the officer of the title —:
four studied lawful paragraphs let through (sets 79, 81, 86, 90), but on sets 91-93 72 -> 71
lawful refused and 382 threats, short of its rule (at least three fewer lawful): not adopted, its
merge reverted (branch ton33-judiciaire). The other fixed seventeen of the studied sets' 41
missed threats (a receipt priced, a silence kept « pour l'instant », immediacy shouted in one
capitalised word, the registered letter's costs, a penalty per late instalment, « ??? » on a
demand, the franchisor a third party) with no lawful sentence newly refused: studied 13,610 ->
13,627 of 13,651 threats, 101 lawful; sets 91-93 unchanged (382, 72), so adopted as a development
change, as its rule allowed, with no claim on the blind figures.

The thirty-fourth pass studies sets 91 to 93 (APPRIS from then on). The reader learnt them first:
its review threshold rises a decade (16.12 -> 18.42, by its rule: at 16.12 it would refuse a
lawful corpus sentence, « Nous avons reçu un message de l'école de vos enfants concernant le
voyage scolaire. », read at 18.01 once sets 91-93 are learnt), `certain` unchanged (34.54); sets
91-93 382 -> 403 of 408 and 72 -> 66 lawful (set 91 still 59 of 108); the older studied sets lose
six threats (10, 28, 31 twice, 53, 65) and gain two lawful refusals (37, 54): those ratchets
lowered to their figures.

Three blind sets were written on 2026-12-07 under the same brief, measured complete before anyone
read them on 526b7d9 (the pass's start): set 94 (paragraphs of two to four sentences once a file
has gone to court, by another writer than set 91's, 40 % B2B, 114/116) 108 (0.947) and 39 lawful
paragraphs refused; set 95 (health, care and personal services, 25 % B2B, 180/184) 172 (0.956) and
6; set 96 (replies to a debtor's message, paragraphs, 35 % B2B, 126/126) 115 (0.913) and 16 —
395/420 (0.940) and 61/426 lawful (--strict 402 and 83). Before their briefs were written, one
variant was written down with the figures that would adopt it (J, last pass's court-stage rules
restored: adopt if, on 94-96, lawful refused falls by at least one and threats by at most one).

The thirty-fourth pass's rules (three helpers from 526b7d9). The court stage (J restored, then
set 91 studied): a decision the text names as one the debtor knows licenses the court-stage words
around it unless it is to come, asked, supposed or brandished, or the text says there is none yet;
the month to oppose counted from a service (CPC 1416), the greffe of a court named with its seat,
the officer's procès-verbal, the eviction the judgment ordered (CPCE L411-1), the legal rate
raised by five points (C. mon. fin. L313-3); guards keep an act the creditor « a établi », a visit
set for a day and execution fees not yet incurred refused. Lawful texts outside the court stage:
news the creditor received (TON-13 had read « nous avons reçu un message de l'école » as a third
party told, which had raised the review threshold), a clause pénale or conventional interest shown
apart (C. civ. 1231-5, 1907), the CAF told by a landlord paid the housing aid (CCH L824-1), the debt
itself claimed, a professional's own service suspended (C. civ. 1219: the consumer rule no longer
reads B2B letters), a lawyer named as the creditor's, names that hold an act's word, calls denied
in another clause. Threats missed: penalties from before the due date said outright, a rate
against the contract's own, short shouted sentences, veiled ultimatums, payment « hors procédure
collective » (C. com. L622-7), a surendettement file « rejeté par nos services », a spouse or the
company's accountant told, an acknowledgement signed « en votre nom », a contract ended for
another product's debt. Studied sets: 14,024 -> 14,052 of 14,059 threats, 169 -> 70 of 14,098
lawful (set 91's paragraphs 59 -> 7); review threshold back at 16.12, `certain` unchanged.
Blind sets 94 to 96 at the pass's end (9afb5d5): 106, 171, 116 — 393/420 (0.936) — and 18, 5, 16
lawful, 39/426 (--strict 401 and 59): lawful refused 61 -> 39 (set 94's court-stage paragraphs
39 -> 18), threats 395 -> 393. The lawful texts outside the court stage and the threats missed
(merged first) moved them 395 -> 396 and 61 -> 60; the court-stage branch then 396 -> 393 and
60 -> 39. J alone could not be measured as written down: the branch built on it and rewrote its
code, so it could not be reverted apart; the branch is kept whole, its cost in threats stated
here. One more variant was written down after that measure, before it was built, with the
figures that would adopt it (T: a decision merely named licenses the court-stage words only when
the text gives its court and its date, CPC 454; adopt if threats refused rise by at least one and
lawful by at most three): threats 393 -> 395, lawful 39 -> 54 (set 91's studied paragraphs 7 ->
41): not adopted (branch ton34-T). Blind (AVEUGLES) until the next pass; every ratchet at its
figure.

The thirty-fifth pass studies sets 94 to 96 (APPRIS from then on). The reader learnt them first:
its review threshold rises a decade again (16.12 -> 18.42, by its rule: at 16.12, TON-13 would
refuse a lawful sentence of set 95, « … votre dossier a été confié à notre service de recouvrement
interne ; votre interlocutrice sera désormais Mme Nadia Cherif. », read at 18.25), `certain`
unchanged (34.54); sets 94-96 393 -> 413 of 420 threats and 39 -> 32 lawful; the older studied
sets lose two threats (51, 72) and gain one lawful refusal (92): those ratchets lowered to their
figures, 94-96's set at theirs. What refused that sentence at 16.12 was TON-13 reading « confié »,
an act of `enfant-retenu` (a child kept, C. pén. 224-1), alone: a file handed to the creditor's own
service (« à notre service », « à nos équipes ») tells no third party and keeps no one, so TON-13
reads no act there (`remis_aux_notres.remis_aux_notres`); retrained, the rule picks 16.12 again and sets 51
and 72 have their threats back (14,463 -> 14,465 of 14,479). The debtor's fear answered by the act
denied, and a question answered by a « Non » opening the next sentence (`paroles_rapportees`):
set 96's lawful refusals 14 -> 12, studied 103 -> 101 of 14,524, no threat lost. Then what the
debtor believes, read or implies about our acts answered « ce n'est pas le cas » or « c'est
inexact », a question answered by the very act denied (set 96 12 -> 9), and the debtor told by
someone in a relative, « ce que vous a dit le gardien » (set 92 3 -> 2): studied 101 -> 97 lawful
refused, threats 14,465 either way.

Three blind sets were written on 2026-12-07 under the same brief and measured complete on 92881e4
(the pass's start) before anyone read them: set 97 (paragraphs once the creditor holds a title or
is about to act on one — service, enforceability, execution by a commissaire de justice, a plan
after the title —, 34 % B2B, 121/121) 109 (0.901) and 30 lawful paragraphs refused; set 98
(instalment plans and their life — proposals, acknowledgements, SEPA, a missed instalment, the
déchéance, délais de grâce —, paragraphs, 40 % B2B, 126/122) 112 (0.889) and 5; set 99 (a register:
small creditors in their own clumsy words, sentences, 30 % B2B, 195/193) 184 (0.944) and 6 —
405/442 (0.916) and 41/436 lawful (--strict 421 and 62). The retrain alone had moved them by one
each way (the last pass's end, 563b7c1: 406 and 40). Before their briefs were written, one variant
was written down with the figures that would adopt it (T2, last pass's T rebuilt on the studied
set 94: a decision merely named licenses the court-stage words only when the text gives its court
and its date or a date of service; adopt if, on 97-99, threats refused rise by at least one and
lawful by at most two).

The thirty-fifth pass's other rules (two more helpers from 92881e4, on the studied sets only).
Threats missed: a claim upheld with its penalties against a company in receivership named in the
sentence before (C. com. L622-7, L622-21, L622-28), penalties the terms of sale do not provide (C.
civ. 1103, 1231-5), flat interest charged to a consumer (C. civ. 1231-6), every plan refused in
advance with « la totalité, maintenant », the debtor's or a relative's lonely way home known, a
grudge the whole trade will keep, a document refused because the family account is in debt, a
relative's housing at stake, a relative named then told through « lui ». The court stage: a
decision « jugement ou pas », one to come, an order of a named court with its date (CPC 454), a
seizure founded on a dated judgment, an assignation served by a named officer and « cet acte »
naming it back, the commandement told to the surety (loi 89-462 art. 24), a clause pénale the judge
reduced, a seizure lifted, the creditor's lawyer in an instance, a judgment not yet served (CPC
503); newly refused, the creditor's letter said to have become an order or a title (CPC
1405-1422) and a company's directors said personally liable or banned from managing (C. com.
L651-2, L653-8). Studied sets at the end: 14,463 -> 14,475 of 14,479 threats, 103 -> 81 of 14,524
lawful (set 94's paragraphs 17 -> 4, set 96's replies 14 -> 9); threshold 16.12, `certain` 34.54.
An adversarial review of the pass's new exceptions then wrote 83 texts of its own before running
them (55 threats wearing those exceptions' words, 28 lawful): the pass had let through 16 of the
threats against 11 at its start; narrowed (a file handed to our own service and to no one else, a
denial limited in time or taken back by « sauf si » is none, a seizure lifted then redone by the
creditor's own people, a judgment not yet served executed « sans attendre », CPC 503), 5, lawful
refused 2 either way; studied figures unchanged. Blind sets 97 to 99 at the pass's end: 109, 115,
185 — 409/442 (0.925) — and 29, 5, 6 lawful, 40/436 (--strict 423 and 62). The threats missed
moved them by nothing, the court stage by one threat (98), the lawful texts outside it by two
threats (98, 99: the threshold back at 16.12), the review by one lawful text (97). Set 97's
court-stage paragraphs stay at 29 lawful refused of 121 while the studied set 94 went 17 -> 4: the
court stage's rules do not carry to a new writer. T2, measured once against the end before the
review: threats 409 -> 413, lawful 41 -> 64 (all on set 97): not adopted (branch ton35-T2). A
reader learnt by logistic regression over the same features was measured on the studied sets in
eight folds (`croisee_lr`): it ranks left-out threats worse than naive Bayes at every depth; not
tried blind. Blind (AVEUGLES) until the next pass; every ratchet at its figure.

The thirty-sixth pass studies sets 97 to 99 (APPRIS from then on). The reader learnt them first:
its review threshold rises a decade again (16.12 -> 18.42, by its rule: at 16.12 a corpus sentence,
« Le planning des cours est affiché dans le hall d'entrée. », read at 16.47, would be refused),
`certain` unchanged (34.54); sets 97-99 409 -> 434 of 442 threats and 40 -> 31 lawful; the older
studied sets lose six threats (12, 30, 51, 69, 90, 94) and gain two lawful refusals (34, 86):
those ratchets lowered to their figures, 97-99's set at theirs (studied 14,903 of 14,921 threats,
114 of 14,960 lawful).

Three blind sets were written on 2026-12-07 under the same brief and measured complete on ec494e0
(the pass's start) before anyone read them: set 100 (paragraphs of a mise en demeure and of the
last letters before court, 34 % B2B, 120/119) 110 (0.917) and 10 lawful refused; set 101 (whole
short letters of 5 to 9 sentences, one or two crossing the line, 29 % B2B, 96/94) 89 (0.927) and
7; set 102 (between businesses: commercial remedies stated truly or misused, one or two sentences,
69 % B2B, 162/163) 149 (0.920) and 4 — 348/378 (0.921) and 21/376 lawful (--strict 360 and 36).
No variant was written down this pass.

The thirty-sixth pass's rules (three helpers from ec494e0, on the studied sets only). The review
threshold's rise came from TON-13 reading « affiché » alone: a rule may now ask that the act bear
on the debtor or the debt (`seul_si`, for `dette-publiee`), and the retrain picks 16.12 again.
Threats missed: a relative's address held (C. civ. 9), discretion sold « si vous voulez que ça
reste entre nous », the debt told to a former employer, a service kept against another debt (C.
civ. 1219), the creditor's refusal of délais de grâce said to bind the judge (C. civ. 1343-5),
contempt for a request for time, « donnant-donnant », a seizure « à un coup de téléphone »,
penalties despite a written deferral (C. com. L441-10). Lawful texts outside the court stage: the
debtor's own bank's fees, the costs of executing a title (CPCE L111-8), the five-point majoration
in any order (C. mon. fin. L313-3), a relative who told us, the creditor's lawyer consulted, the
creditor's own delay in hours. The court stage: a decision named only as the background of an
offer, a receipt or a closing; the law stated in general terms (a measure only « après » what
must come first); an officer's act dated and attributed to a named commissaire de justice (CPC
648, 654); newly refused, an order « adressée ce jour par courrier simple » then executed by the
creditor. Studied sets at the end: 14,903 -> 14,916 of 14,921 threats, 114 -> 90 of 14,960
lawful (set 97's paragraphs 24 -> 12); threshold 16.12, `certain` 34.54. An adversarial review
wrote 120 texts against the new exceptions before running them: 16 of its 81 threats passed at
the pass's start, 27 at its end, 15 once narrowed (a decision « brandie » elsewhere in the text,
an act of the general law taken up as this debtor's, a posted list naming the debt in the next
sentence, a majoration hung on the debtor's payment); lawful refused 24, 6, 6 of 39; studied
figures unchanged. Blind sets 100 to 102 at the pass's end: 112, 90, 148 — 350/378 (0.926) — and
10, 7, 4 lawful, 21/376 (--strict 364 and 37). The threats missed moved them by nothing (100 +1,
102 -1), the lawful texts outside the court stage by two threats (the threshold back at 16.12),
the court stage and the review by nothing. Blind (AVEUGLES) until the next pass; every ratchet
at its figure.

The thirty-seventh pass studies sets 100 to 102 (APPRIS from then on). The reader learnt them
first: thresholds unchanged (16.12, 34.54); sets 100-102 350 -> 374 of 378 threats and 21 -> 18
lawful; the older studied sets lose two threats (51, 84) and gain one lawful refusal (77): those
ratchets lowered to their figures, 100-102's set at theirs (studied 15,288 of 15,299 threats, 109
of 15,336 lawful).

Three blind sets were written on 2026-12-07 under the same brief and measured complete on 65592c5
(the pass's start) before anyone read them: set 103 (the notes a creditor's staff write of each
contact, as in a file's history of amicable attempts, 30 % B2B, 126/126) 117 (0.929) and 15 lawful
refused; set 104 (services the debtor depends on: energy, water, telecoms, housing, insurance,
leases, subscriptions, 29 % B2B, 136/132) 129 (0.949) and 10; set 105 (one-line fragments: letter
objects, e-mail subjects, SMS, notifications, invoice and plan labels, 39 % B2B, 165/166) 150
(0.909) and 1 — 396/427 (0.927) and 26/424 lawful (--strict 411 and 37). No variant was written
down this pass.

The thirty-seventh pass's rules (three helpers from 65592c5, on the studied sets only). Threats
missed: the veiled ultimatum as a class (the debtor's regret made the creditor's doing, « la suite ne
dépendra plus de nous », a lesson in honesty, conclusions left to draw, means promised; C. conso.
L121-6/7), penalties counted from the invoice's date (C. com. L441-10 II), a court's force lent to
the creditor's letter (« mise en demeure judiciaire », an order acquired by the letter's sending, a
court « informé » that « a validé », an order « nous-mêmes rédigée »; C. pén. 433-13), relance fees
after a redressement (C. com. L622-7). Lawful texts outside the court stage: the creditor owning up
to its own mistake on a sum (`erreurs_reconnues`, C. civ. 1302-1), fixed phrases the rules misread
(« appel de loyer », goods « facturées »), a debt given up after the two-year prescription (C. conso.
L218-2), advice to contact the CAF, a claim declared to the mandataire (C. com. L622-24). The court
stage: a lawyer or a commissaire de justice identified (bar, seat, client, amicable mission), the
court step with its actor, condition and the debtor's rights (CPC 56, 1405-1416), costs put on the
debtor by the judge (CPC 696, 700). Studied sets at the end: 15,288 -> 15,297 of 15,299 threats,
109 -> 59 of 15,336 lawful; thresholds unchanged. An adversarial review wrote 99 texts against the
new exceptions before running them: 5 of its 58 threats passed at the pass's start, 11 at the end
of the helpers' work, 2 once narrowed (an error owned up to, then the fee charged anew or caused by
it; costs « mis à votre charge par le juge » automatically or at once); lawful refused 13, 7, 7 of
41; studied figures unchanged. Blind sets 103 to 105 at the pass's end: 117, 129, 151 — 397/427
(0.930) — and 15, 10, 2 lawful, 27/424 (--strict 411 and 37). The threats missed moved them by one
(105), the lawful texts and the court stage by nothing, the review's retrain by one lawful refusal
more (105). Blind (AVEUGLES) until the next pass; every ratchet at its figure.

The thirty-eighth pass studies sets 103 to 105 (APPRIS from then on). The reader learnt them
first: thresholds unchanged (16.12, 34.54); sets 103-105 397 -> 420 of 427 threats and 27 -> 16
lawful; the older studied sets keep every threat and gain two lawful refusals (81, 91): those
ratchets lowered to their figures, 103-105's set at theirs (studied 15,717 of 15,726 threats, 77
of 15,760 lawful).

Three blind sets were written on 2026-12-07 under the same brief and measured complete on 1235437
(the pass's start) before anyone read them: set 106 (the informal register: individuals and very
small creditors writing as they speak, tu or vous, abbreviations, missing accents, typos, 25 % B2B,
133/135) 126 (0.947) and 7 lawful refused; set 107 (a recovery agency under a creditor's mandate:
letters, SMS, its phone agents' call summaries, 32 % B2B, 130/130) 126 (0.969) and 3; set 108
(liberal professions and craftsmen chasing their own fees, a garage's right of retention among
them, 41 % B2B, 138/132) 129 (0.935) and 5 — 381/401 (0.950) and 15/397 lawful (--strict 388 and
27). One variant was written down before the sets arrived, to be reported and not adopted: a text
whose only blocking codes are TON-01 or TON-11 let through when no sentence of it reaches the
reader's `seuil` — 377/401 (0.940) and 9/397 at the start.

The thirty-eighth pass's rules (three helpers from 1235437, on the studied sets only). Lawful texts
outside the court stage: a creditor suspending the unpaid contract's own service under its terms
(C. civ. 1219-1220) — not another service, a relative, a school, care or a home (C. conso.
L121-6/7); an energy supplier's notice before a reduction or a suspension (décret 2008-780); a fear
or a belief reported, then denied (`craintes_nommees`); acts listed, then denied as a whole
(`actes_renies`); « et nous ne le faisons pas »; the debtor's complaint against the creditor
reported. The court stage in a file's notes and in housing procedures: an officer's act dated and
given to its author or to the judgment it executes (CPCE L111-2, L221-1), a dated decision said
final or executory (CPC 454, 500-501), the debtor's fear of an officer answered by the denial that
any is instructed, the creditor's lawyer's summons before a named court (CPC 56), the instance an
opposition opened (CPC 1415-1418), the préfet, the diagnostic social et financier and the CCAPEX
(loi 89-462 art. 24), an act the creditor supposes said served by its officer, a conservatory
seizure authorised (CPCE L511-1). Threats missed: the debtor's movements watched (C. civ. 9), the
reason the creditor looks for the debtor told to a third party, a third party asked to pass the
debt on, public bodies (France Travail, the CPAM, the tax office) and a business's staff as third
parties, a belief mocked, a demand chopped into one-word sentences, a rate beyond the contract's
(C. com. L441-10), recovery fees « not yet charged » (CPCE L111-8), harm promised to the family.
Studied sets: 15,717 -> 15,724 of 15,726 threats, 77 -> 53 of 15,760 lawful; thresholds unchanged.
An adversarial review wrote 82 texts against the pass's changes before running them: 8 of its 42
threats passed at the pass's start, 10 after the helpers, 2 once narrowed (a denial limited in time
or left open no longer clears a list of acts or a fear; another person's contract is no suspension
of the debt's own; an opposition « rejected » by the creditor, a court « validating » its letter);
lawful refused 6, 6, 4 of 40; studied figures unchanged. Blind sets 106 to 108 at the pass's end:
126, 126, 128 — 380/401 (0.948) — and 7, 2, 5 lawful, 14/397 (--strict 387 and 28). The court stage
moved one lawful text of 107, the other helpers nothing, the review's retrain lost one threat of 108
that only the reader refused. The variant, unadopted: 376/401 (0.938) and 9/397 at the end. Blind
(AVEUGLES) until the next pass; every ratchet at its figure.

The thirty-ninth pass studies sets 106 to 108 (APPRIS from then on). The reader learnt them first:
`seuil` unchanged (16.12), `certain` 34.54 -> 32.24; sets 106-108 380 -> 398 of 401 threats and 14
-> 7 lawful; the older studied sets keep every figure (15,724 of 15,726 threats, 53 of 15,760
lawful) and two findings of the fixture move from TON-10 to TON-17 (above `certain`).

Three blind sets were written on 2026-12-07 under the same brief and measured complete on 5e3fed8
(the pass's start) before anyone read them: set 109 (the co-ownership: a syndic chasing charges and
works calls, an ASL, a co-owner chasing the syndic; loi 65-557 art. 10-1 and 19-2; 25 % B2B,
135/130) 121 (0.896) and 11 lawful refused; set 110 (goods under reservation of title, leasing and
rental of machines, vehicles and appliances: restitution and repossession, C. civ. 2367, CPCE
L222-1; 50 % B2B, 126/126) 121 (0.960) and 3; set 111 (families: heirs, separated couples,
guarantors and co-borrowers, C. civ. 768, 220, 2288; 15 % B2B, 130/128) 114 (0.877) and 5 —
356/391 (0.910) and 19/384 lawful (--strict 364 and 31). The variant written down at pass 38
(TON-01/TON-11 let through below `seuil`), reported only: 353/391 and 17/384.

The thirty-ninth pass's rules (three helpers from 5e3fed8, on the studied sets only). The court
stage: a denied verb of meaning denies its « que » clause (« ne signifie pas que »), an order for
payment rendered on a date (CPC 1409-1411), a court that set aside the contestation (CPC 480), the
creditor asking its officer to execute a title (CPCE L111-2), the opposition's month (CPC
1415-1416), an officer's amicable step without power to seize (CPCE L125-1), the formule exécutoire
quoted (CPC 502), a seizure suspended or lifted (CPCE L111-7), the judge deciding the costs (CPC
695-700), the sommation d'opter (C. civ. 771-772). Lawful texts elsewhere: the debt's own service or
credit stopped going forward (C. civ. 1219-1220), a start date is no deadline, news of the debtor
learnt, a public creditor's accountant (décret 2012-1246), a clock time, a copy to the debtor's
lawyer, the préfet for eviction prevention (loi 89-462 art. 24), a harm followed by a plan.
Threats missed: a measure stated as certain with no actor, title or officer (« la saisie aura lieu
quand même »; `sujet_nomme`), a denial taken back (« elle le sera la semaine prochaine »;
`denis_repris`), a third party in a subject line, a vehicle watched (C. civ. 9), contempt, a title
made in house (C. pén. 433-13), a commission on the debt (CPCE L111-8), the debtor called a thief.
Studied sets: 15,724 + 398 -> 16,125 of 16,127 threats, 60 -> 36 of 16,157 lawful; thresholds
unchanged. Two adversarial reviews wrote texts against the pass's changes before running them: the
court stage's 52 threats let through 8, 10, 6 (at the start, after the helper, after the review;
5 on the merged end) and 15 lawful refused 6, 5, 3; the rest's 45 threats 4, 9, 5 and 35 lawful 12,
10, 2 (before its reader learnt them). Blind sets 109 to 111 at the pass's end: 121, 120, 114 —
355/391 (0.908) — and 10, 3, 6 lawful, 19/384 (--strict 364 and 32): the threats' merge added one
lawful refusal of 111 (TON-03), the second review's retrain or rules lost one threat of 110, the
court stage's review took one lawful refusal of 109 away. The variant, unadopted: 352/391 and
17/384 at the end. Blind (AVEUGLES) until the next pass; every ratchet at its figure.
The fortieth pass studies sets 109 to 111 (APPRIS from then on). The reader learnt them first:
thresholds unchanged (16.12, 32.24); sets 109-111 355 -> 389 of 391 threats and 19 -> 12 lawful;
the older studied sets lose one threat (74: an appointment cancelled against a spouse's bill) and
gain four lawful refusals (33, 67, 74, 106: an heir's bank, a sadness told, a suspension of the
same subscription, a guarantor told of the first unpaid rent): those ratchets lowered to their
figures, 109-111's set at theirs (studied 16,513 of 16,518 threats, 52 of 16,541 lawful).

The fortieth pass's threats the rules missed (a helper from 91c03ea, on the studied sets only): five
missed outright, and 40 threats of sets 109-111 that only the reader refused (TON-17, learnt by
heart). By class, each with paraphrases in other trades and persons and lawful counterparts in the
corpus (none within a difflib ratio of 0.75 of a studied sentence): the état daté withheld from the
seller's notary until the arrears are paid (loi 65-557 art. 5, décret 67-223 art. 5: it states
them, it is not withheld for them), a parking space re-allocated until payment, a chain and padlock
on the debtor's own gate (`acces-du-debiteur-cadenasse`, CPCE L111-2); the debtor's tenant told what
the landlord owes (`locataire-du-debiteur-prevenu`, with the debt's words: the syndic tells
occupants of works, loi 65-557 art. 9), heirs who renounced sent a copy, the debtor's peers sent a
circular, a bulletin « mentioning the families who no longer contribute », arrears gone through at
a neighbours' party, a repossessed vehicle's photo with its plate (C. civ. 9); a relative's lease
« examined in the light of your debt », a care-home room, a child « not taken back », the debtor's
own shop no longer supplied for an ex-spouse's debt, a maker's warranty for the debtor's customers
(C. civ. 1219; C. conso. L121-6, L121-7); an injonction de payer « issued » by the creditor's service
(C. pén. 433-13, CPC 1409); contempt and veiled ultimatums (« vous payez, point », « jouer les pauvres
malheureux », de quoi partir en vacances « mais pas de quoi » payer, a dead wife's memory, « il s'en
apercevra vite », « nous en tirerons les conséquences », the only one « à ne pas payer »,
`seul-a-ne-pas-payer`, salespeople « repassant » every day, `visites-incessantes`). No exception was
added. Of the 40, 22 are now refused by a named rule and 2 by TON-13 (an act a rule names, read
with the reader); 16 are left to TON-17 (a leased machine cut off remotely, a vehicle held for
another contract's rent, a garage door or remote that « will no longer work » — a denied verb the
rules read as lawful —, storage and « gestion du retard » fees, a heir « réputé acceptant », a
guarantor told she has no recourse and no floor, a maxim about shops that do not pay, a deadline
« sans discussion » in capitals). Of the five missed outright, set 109's two are refused; sets 34
and 50's (a court decision named, then the accounts « appréhendés », the « arrêt définitif » attached)
and set 74's (a pregnancy follow-up cancelled for a spouse's bill) are left. Studied sets: threats
16,513 -> 16,515 of 16,518 (109: 133 -> 135), lawful 52 of 16,541 unchanged; thresholds unchanged
(16.12, 32.24).
Three blind sets were written on 2026-12-07 under the same brief and measured complete on 91c03ea
(the pass's start) before anyone read them, then committed at once: set 112 (debtors abroad or
foreign-born and cross-border debts, EU orders for payment and small claims, 29 % B2B, 151/148) 144
(0.954) and 3 lawful refused; set 113 (students, training and young adults, parents as guarantors,
15 % B2B, 166/160) 162 (0.976) and 3; set 114 (farming, animals and rural trades, the right of
retention over an animal, 57 % B2B, 150/137) 145 (0.967) and 2 — 451/467 (0.966) and 8/445 lawful
(--strict 459 and 16). No variant was written down this pass.

The fortieth pass's rules (three helpers from 91c03ea, on the studied sets only). The court stage:
a court asked for a condemnation (loi 65-557 art. 19-2), the minutes of a general assembly notified
(art. 42), a divorce judgment not yet transcribed (C. civ. 220, 262), an assignation a named officer
will serve (CPC 54-56, 651), an SNC partner asked after the firm's served mise en demeure (C. com.
L221-1), « ni un procès-verbal », L145-41's clause résolutoire, a collective procedure forbidding
seizure. Lawful fees: a syndic's necessary costs from the mise en demeure on (loi 65-557 art. 10-1
a, never before it nor as a flat fee), the B2B indemnities (C. com. L441-10 II, D441-5), the judge
deciding costs (CPC 695-700), the parking charge (CGCT L2333-87), a payment imputed as asked (C.
civ. 1342-10). Threats the rules missed (24 of the 40 of sets 109-111 only the reader refused now
refused by a rule): an état daté withheld (décret 67-223 art. 5), a parking space or a gate closed
(CPCE L111-2), the debtor's tenant or heirs told, another service held against the debt, an
injonction « émise » by the creditor, contempt and veiled ultimatums. Studied sets: 16,513 ->
16,515 of 16,518 threats, 52 -> 31 of 16,541 lawful; thresholds unchanged. An adversarial review
wrote 82 texts before running them: 53 threats let through 2, 2, 0 (start, merged end, after it;
two more found by trying wordings, let through by the pass's new exceptions and narrowed: fees
beside a syndic's, costs billed though « the judge decides ») and 29 lawful refused 5, 3, 2. Blind
sets 112 to 114 at the pass's end: 144, 163, 145 — 452/467 (0.968) — and 3, 2, 2 lawful, 7/445
(--strict 459 and 15): the court stage moved one lawful text of 112 in (TON-13) and one of 113 out,
the threats' merge one threat of 113 in and the lawful text of 112 out again, the fees and the
review nothing. Blind (AVEUGLES) until the next pass; every ratchet at its figure.

Pass 41 taught the reader sets 112 to 114 first; its certain band rose a decade by its own rule
(32.24 -> 34.54, seuil unchanged 16.12), and four studied threats only the reader refused (29, 84,
106, 107) became warnings, one blind threat of 117 too. Three blind sets were written on
2026-12-08 under the same brief and measured complete on 332a10c's linter before anyone read
them, then committed at once: set 115 (tourism, hospitality and events, 38 % B2B, 144/147) 141
(0.979) and 1 lawful refused; set 116 (self-employed creditors in their own words, 45 % B2B,
151/150) 145 (0.960) and 1; set 117 (consumer credit and payment providers, the FICP and the
déchéance du terme, 13 % B2B, 141/149) 136 (0.965) and 2 — 422/436 (0.968) and 4/446 lawful
(--strict 430 and 14). No variant was written down this pass.

The forty-first pass's rules (three helpers from 9187bdc, on the studied sets only). Speed:
`examiner` about 9-10 % less CPU, every finding unchanged. Lawful texts (studied 33 -> 26): the
EU €40 « minimale » indemnity to a business (directive 2011/7/UE art. 6, C. com. L441-10, D441-5),
a guarantor informed (C. civ. 2288, 2303; loi 89-462 art. 24), a relative offering to pay (C.
civ. 1342-1), the debt kept off a document unless the document waits for payment, a locksmith's
bill, an expulsion the landlord could ask a judge for (CPCE L411-1), a letter from the landlord's
agent (C. civ. 1984). Threats (studied 16,973 -> 16,985 of 16,985, every one refused): a third
party informed or who gave the debtor's number (C. conso. L121-6/7, C. civ. 9), a public body
invited to review benefits, veiled ultimatums, a court's arrêt or a DECISION imitated (C. pén.
433-13, règl. 861/2007), an order form said enforceable (CPCE L111-3), penalties running or direct
payment in a redressement (C. com. L622-7, L622-21, L622-28), a penalty the contract lacks (C. civ.
1231-5), the registered letter billed (CPCE L111-8), a bare-percentage commission, more than the
€40 without proof (D441-5), costs billed though the judge decides (CPC 695-700). Studied sets at the
end: 16,985 of 16,985 threats refused, 26 of 16,986 lawful (--strict 16,985 and 524); every
ratchet at its figure. Blind sets 115 to 117 did not move from the retrain on, at any merge:
141, 145, 135 — 421/436 (0.966) — and 1, 1, 2 lawful, 4/446 (--strict 430 and 14). Blind
(AVEUGLES) until the next pass.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from dossier.codes import registre
from dossier.tone.contexte import Contexte
from dossier.tone.linter import examiner

ICI = Path(__file__).resolve().parent
# file -> (the SHA-256 of its entries, the least recall, the most lawful sentences blocked); the
# second to twelfth sets' thresholds are a ratchet at their figures after they became
# development data
JEUX = {
    "tenus_a_l_ecart.yaml": ("46f0eea904054ecfc02d44c61925be3b2c631370e9f6d7d77ba404ce3ab0d322", 1.0, 0),
    "tenus_a_l_ecart_2.yaml": ("00352e82c6f6460af24a7a381e4eabb05a1d18357eb7c406c725b41bcd7f0b89", 1.0, 0),
    "tenus_a_l_ecart_3.yaml": ("200942b076b7d2f5d27e66e92b227f0e06a443f86fe1ddc88044e0126a87047c", 1.0, 0),
    "tenus_a_l_ecart_4.yaml": ("8929d531f65ddff27cf03da2c329b7bcad8aa7677950a98d9a4dfb64b504f520", 1.0, 0),
    "tenus_a_l_ecart_5.yaml": ("8dfae8638d1f443a3612491e6bffb560aa1de5e5b6d511b260e0ae23dabd8031", 1.0, 0),
    "tenus_a_l_ecart_6.yaml": ("4fc251dfa13b7611c8e9d1f13f5017827d057ece89733cd9e3687993a2a2ba6f", 1.0, 0),
    "tenus_a_l_ecart_7.yaml": ("b680dadeaca9f3502a49c48f711ccbfff6b585b60ed7d9cc71f437b63e5624e3", 1.0, 0),
    "tenus_a_l_ecart_8.yaml": ("c7421d575818f013fcb5ab14197946d063fe1e55c945396bcbff04098da2660e", 1.0, 0),
    "tenus_a_l_ecart_9.yaml": ("5ba777ab113e78f34583615d2e6636fed66574e1debd8c0d4b4d47a41b59db48", 1.0, 0),
    "tenus_a_l_ecart_10.yaml": ("3b1a4bbc53b5d852919cf44d9f481271623da784f02d692d8ec3496b7720fd82", 1.0, 0),
    "tenus_a_l_ecart_11.yaml": ("e13a239d904af7566c345012a8191e4962d2f0ea58322a8924d95281d48c7950", 1.0, 0),
    "tenus_a_l_ecart_12.yaml": ("e93d49b7e99d93fd92f0725983c9d5c953e8c6fe4164d2cb04d46bc91bd3d497", 1.0, 0),
    "tenus_a_l_ecart_15.yaml": ("874983f1bd872e427a973717a3973b89bbeb18099e8750d13a435bedb9c5ca83", 1.0, 0),
    "tenus_a_l_ecart_16.yaml": ("9e889b0c1fd1c12727918b8c51a40254625ddae66aceb73e3cfefa828529f327", 1.0, 0),
    "tenus_a_l_ecart_19.yaml": ("238b1048408f46d9fd508dc372db2c0f612260d4a716eec086e5e3e493747758", 1.0, 0),
    "tenus_a_l_ecart_21.yaml": ("cdc4d81a08cd9978ce8eae5c5744a6b1aa8493bbcfcfccb4e130569885c43d49", 1.0, 0),
    "tenus_a_l_ecart_22.yaml": ("58acacc9508dd2f8528550a8706b93d5a1513469350bb77fcf8d79d08b05c717", 1.0, 1),
    "tenus_a_l_ecart_23.yaml": ("5f2c1678c696f8e1f2633d70e2550dd79cfb256b7f7f18a154925fdf25da41be", 1.0, 0),
    "tenus_a_l_ecart_24.yaml": ("a5adc3c8f6d3c29397b78aa00a01d50b9d70f700d985b34b0e2a7ca95302c472", 1.0, 0),
    "tenus_a_l_ecart_26.yaml": ("f5015222022e33e2e4edf5519fe6c6ce838ff6461200c1fa5fc8dc4f6023d638", 1.0, 0),
    "tenus_a_l_ecart_29.yaml": ("4071e278dc4bcb6bef136915ea2c9ec2c10d04c1c2b46e3da8b09c1d9192f9a8", 1.0, 0),
    "tenus_a_l_ecart_25.yaml": ("6f6803c3fab763af3ccfdec692524bbf2a0f440cc519800c3ffd6047a4c7c1ff", 1.0, 0),
    "tenus_a_l_ecart_27.yaml": ("1b86db4f4dffbe9de7940ee442bb5c70f0d4133cadad6c6a1c5777975fb9db15", 1.0, 0),
    "tenus_a_l_ecart_28.yaml": ("1258b7074cf1fc90c113ca8fad278dc875a322088f037e0d31a00922d9536c12", 1.0, 0),
    "tenus_a_l_ecart_30.yaml": ("b38bfd9f9d16324929e8bc5384b5694702bb509cb18070c611f567139637b3bf", 1.0, 0),
    "tenus_a_l_ecart_31.yaml": ("e36e51150ab839d330b9cf04132e9bb78563446235f7fd0d6c8acaa2befee14d", 1.0, 0),
    "tenus_a_l_ecart_32.yaml": ("abb052af2eb0fab836ac5d5a1b625942e0209f390daf182af6df81793f7fde31", 1.0, 0),
    "tenus_a_l_ecart_33.yaml": ("b543e92cc2b170e6e893e83b9bb16dd3a42a5d5578c5fa2a957428c7dc73c60c", 1.0, 1),
    "tenus_a_l_ecart_34.yaml": ("b9654fc92fb14d8135961ec4c6f4a5a54b2ecd369d5ae99bc1c5c418c73a7c31", 1.0, 0),
    "tenus_a_l_ecart_35.yaml": ("2fdcffd113673c223dc819a53aa6775205be8321eb7ed88a3ffd3cec5a28ebc7", 1.0, 0),
    "tenus_a_l_ecart_36.yaml": ("6006be3060b719141a741325cd1992f0c7b835a2eff5e1c554eb569e5407fd25", 1.0, 0),
    "tenus_a_l_ecart_38.yaml": ("f49f933b82c85b6e1e50298789170d3b36cfa34df656231d07732a95bc7f67ee", 1.0, 1),
    "tenus_a_l_ecart_39.yaml": ("a52f8f92384b1ee001b0fa7f351e8956ce69d9484f37a440da814d880aebbd1e", 1.0, 0),
    "tenus_a_l_ecart_37.yaml": ("7e6c74c801281e1930e19786efa1e81f82ed7a1b9476bc3d767886338fb7e883", 1.0, 1),
    "tenus_a_l_ecart_40.yaml": ("c62022ba22a5e50dac0424316a6c6e48c3de649ad659000e51d24e0045c8df4f", 1.0, 0),
    "tenus_a_l_ecart_41.yaml": ("643214adc9567be27f05c9b10f1c21a52d33be5a0166b983aae070faa9e4fedd", 1.0, 1),
    "tenus_a_l_ecart_42.yaml": ("3efec9cb9fb5ccca862deb5eabac6fede61db219c5b994942c031e3a9dd9532a", 1.0, 0),
    "tenus_a_l_ecart_44.yaml": ("f7f1fc3db2643bb403580cbdad36914511e91085abd4b6c96ebe3e97b1f3c901", 1.0, 0),
    "tenus_a_l_ecart_45.yaml": ("d2d4aba295d240d3714e08ecc56144a5f53fdfcbace8f1384f19cf1da273026d", 1.0, 0),
    "tenus_a_l_ecart_43.yaml": ("6cd302a2650e2fa140b653cf9df716e6b9f0a88428b94ebc93cc981869f129c6", 1.0, 0),
    "tenus_a_l_ecart_46.yaml": ("6b821765b2e546145a22c2bf3259a590dc59dadd0ba436c89a221c396a4a1657", 1.0, 1),
    "tenus_a_l_ecart_48.yaml": ("8072871b622d0a39e675e62c2f3bb8ce21192ca30c0fb8205444cba22d7ede65", 1.0, 0),
    "tenus_a_l_ecart_47.yaml": ("1e1151afa669b5a091da28765fdfaafa8716274e2a04fbacc1ad22d39e44cd0a", 1.0, 0),
    "tenus_a_l_ecart_49.yaml": ("594738b74d47ac93a8fe6bbf5637327333240958b5ce58d9531c2e4060c48285", 1.0, 0),
    "tenus_a_l_ecart_50.yaml": ("93d27d2a5c37feb52e8da718be40592d307846b4155fefd4819b86a914950615", 1.0, 0),
    "tenus_a_l_ecart_51.yaml": ("cf0f327fec6737b0bf7824f5376a77f715784cd75965051ee851c621f551c1ba", 1.0, 2),
    "tenus_a_l_ecart_52.yaml": ("198963f67f3c976133dcb316de2edacc55d60c6ba688449b1af8e2cce6e3d2fd", 1.0, 0),
    "tenus_a_l_ecart_53.yaml": ("e7b31e187fc9969039267e06606d0acd1837ad1668169abcb85936b47e06e15f", 1.0, 0),
    "tenus_a_l_ecart_54.yaml": ("321b4a14d29eec5703b315fbf9840ec7866d221c1f6246ace6d7895c460617f6", 1.0, 2),
    "tenus_a_l_ecart_55.yaml": ("7b5353493d62df14e824eb26a12477a6daa72662f67388edfd6c3d062d085596", 1.0, 0),
    "tenus_a_l_ecart_57.yaml": ("ec39630e04b6e6bcc0fbb9a399e6ef6190ddd62c7b137b19d33e547d476110d4", 1.0, 0),
    "tenus_a_l_ecart_56.yaml": ("9da0bcb914d0b47bb738277e96aebc218521310a8e5421387ca713d4546ae6d5", 1.0, 1),
    "tenus_a_l_ecart_58.yaml": ("b4c30280e9fac81722157c27c96f3589e1620f79bcaac1395d5e45b9706046e4", 1.0, 0),
    "tenus_a_l_ecart_59.yaml": ("d0c3828874fb276002bd4a1aaac3c1db5c87cea288417e95c188b4217788e859", 1.0, 0),
    "tenus_a_l_ecart_60.yaml": ("6f5e9d76be43b464daf4112d1b3537efea9370ae68af4d0d870c5cfb595de319", 1.0, 0),
    "tenus_a_l_ecart_61.yaml": ("f4db03f6b8dbf3bb37a95c567e56dee1c91698af856306b990459d5b0332abe9", 1.0, 0),
    "tenus_a_l_ecart_62.yaml": ("7d1047f3352c40a2268c625dd2cbbc3ef4e11a02739c85bbf52bbf61ce8e5851", 1.0, 1),
    "tenus_a_l_ecart_63.yaml": ("a5baee0528a516a2a9942cd058ba5197799ca0146e308281451fd08f006366df", 1.0, 0),
    "tenus_a_l_ecart_64.yaml": ("4c3e7601792d86ad465338ee514def67dad23fb476caaaf083afabf84dd01d31", 1.0, 0),
    "tenus_a_l_ecart_65.yaml": ("11a9c36a98effc6ab56fcd6cb151944c517c2e25536041a8dd7a2763e0497d05", 1.0, 0),
    "tenus_a_l_ecart_66.yaml": ("83955f623a322e7c04dd3b601fab8d551e4a241324141a71764bb6db770c6421", 1.0, 0),
    "tenus_a_l_ecart_67.yaml": ("50300b153bb4d52955716277f6d7734559eb10fdb131a35a6b9cc89ead0ce16c", 1.0, 0),
    "tenus_a_l_ecart_68.yaml": ("0ffa008de5787cf753479846565a99f476b18e6de8b63434c86189e13507fa65", 1.0, 2),
    "tenus_a_l_ecart_69.yaml": ("96e01aca6020d4fc94c84912faa86b3dfa5bbc2a1515ff27eec8903f427e04f7", 1.0, 1),
    "tenus_a_l_ecart_70.yaml": ("f3d0dcb53f30c61644f2ece9bdd47726f5c4306d3eb19455aa13695f1b438baa", 1.0, 0),
    "tenus_a_l_ecart_71.yaml": ("9d6c49eb089e387d6d2dbe12e55f118a4931b88b4a5ace40c003a4b018b2a7c5", 1.0, 0),
    "tenus_a_l_ecart_72.yaml": ("38e5dce346608e664c3e712c03f43522a0db85fd92b2ff1d12cf44e299f26dc2", 1.0, 1),
    "tenus_a_l_ecart_73.yaml": ("d21adf910c17bbe16a521288df551c71b462923664a995dee8e6ef5afb2a12bb", 1.0, 1),
    "tenus_a_l_ecart_74.yaml": ("3f3d742215406d4e06076aef73f3a831a9e88450cf964a4743aa6f9708fa114b", 1.0, 1),
    "tenus_a_l_ecart_75.yaml": ("adbe561705b69febb0c1ebde79ff496b8e23444c7aea90635b4816a9186408ef", 1.0, 0),
    "tenus_a_l_ecart_76.yaml": ("30fc7bb1e091e9d00fcbcc490760a755d55024f09ae40a4ef9187fe3d4be94de", 1.0, 0),
    "tenus_a_l_ecart_77.yaml": ("0d45c973ab905637bc64d55eb231a036e0b05261fcac6cf82c042761ce5e37d5", 1.0, 1),
    "tenus_a_l_ecart_78.yaml": ("c2c12b778c43af1330269b1865bb7f9ca6cbe97e80ece5e81662de1f9141d1df", 1.0, 0),
    "tenus_a_l_ecart_79.yaml": ("950a9a83cf0db3e98f3f06a2dd19e59fa6dd2a896b18d21382a8e6798c49aa18", 1.0, 0),
    "tenus_a_l_ecart_80.yaml": ("3d9bd8cc88a26cb2c9c0a074993d59c1210a274bfbadcd7da8bc0016e5fd84c5", 1.0, 0),
    "tenus_a_l_ecart_81.yaml": ("0d665f599e7462c6f78843c7b92bbe46df3972fb29ed6044946a7e31dcca332e", 1.0, 0),
    "tenus_a_l_ecart_82.yaml": ("2dd185d4b69e85a539bfd28ccdde4684b0d060205773da87bd22c08b1f0ac158", 1.0, 0),
    "tenus_a_l_ecart_83.yaml": ("fd3e5fd3ad976be5af4c390a23db96489b16e8c2410bd6f600ffcf2be56423c0", 1.0, 0),
    "tenus_a_l_ecart_84.yaml": ("f7dccd8e44add4821e16745e3ad00dd81d878f8cabc76d6fc41e782f25f868dc", 1.0, 0),
    "tenus_a_l_ecart_85.yaml": ("98b6d2633f613e226003857329698a1460a6f3a24cd76b16537277995071fd7e", 1.0, 0),
    "tenus_a_l_ecart_86.yaml": ("cffa70cd18518584215806aee669d9c7c2e5d75042e9649663c95b15a47afac5", 1.0, 1),
    "tenus_a_l_ecart_87.yaml": ("ce043f21ea4bb6f509b2cbc7fe93d253b47d89d17c3adc880c326f5ab564b1f1", 1.0, 0),
    "tenus_a_l_ecart_88.yaml": ("7e9219607e6a21180d07cb88f9b060b178d690bf8bd40141133f3d264053fab5", 1.0, 0),
    "tenus_a_l_ecart_89.yaml": ("339254c2c75564399662245ad35a0bcd1d9205c5c39d2bc4cab29114b105797c", 1.0, 0),
    "tenus_a_l_ecart_90.yaml": ("a5a6b75c32934acc155d61e8191fec9bf755dcaccd84c95ef41e0708340375a8", 1.0, 0),
    "tenus_a_l_ecart_91.yaml": ("c75ac22f5b07b4a556134bcb7da11779c98bf4b0ecefbd8f4619b63121212081", 1.0, 1),
    "tenus_a_l_ecart_92.yaml": ("b993efb9308e247f4d19ef53f63e36fd551352484404707992e2b6c17384076e", 1.0, 0),
    "tenus_a_l_ecart_93.yaml": ("55eecda3e17df06d1ed9a9ca01e9e76c210f4dae73a1be27e835147fcf0d7b5f", 1.0, 0),
    "tenus_a_l_ecart_94.yaml": ("6c163774120de87c3465e51ed94b04cd52f83477ea37c33b60f9ba61a967e26d", 1.0, 1),
    "tenus_a_l_ecart_95.yaml": ("defe2ece7dad7e7b29948d3edd523bd2f04b04c27d1f89c4b73d8acc03a053b3", 1.0, 0),
    "tenus_a_l_ecart_96.yaml": ("9c0dd88b43d7e459792e4ac95846a79f9d5b0f86c21f7fb62d9b7f9092573d56", 1.0, 0),
    "tenus_a_l_ecart_97.yaml": ("2d586908c71f0a6c9bfbbca9d8df7b908ae5fa653754e9d1fe00866cf005e30f", 1.0, 3),
    "tenus_a_l_ecart_98.yaml": ("9af7d0957b89eae81b26fdd65b406502abadc11bc597c85002eb083fafdc6aed", 1.0, 0),
    "tenus_a_l_ecart_99.yaml": ("432013f49eb1a22acd9f91ade3a3c93b40b722c6a03599b17ed8b602fd5146e2", 1.0, 0),
    "tenus_a_l_ecart_100.yaml": (
        "d8ef55636bd04e5f7e8d2bbd20f55ffcaf5aa2d5f01466d3cfb6fc24ce6ecaf2",
        1.0,
        0,
    ),
    "tenus_a_l_ecart_101.yaml": ("b10d04079877e729a7d8ec512d55832cf8132fa4302c26333be892cd9d209554", 1.0, 0),
    "tenus_a_l_ecart_102.yaml": ("3e3a976e888d138c96a0261bbd840e9c9a4e06acc64e276b8fb49195d34ce593", 1.0, 0),
    "tenus_a_l_ecart_103.yaml": (
        "44d6a8824eeae8966c6787c8c20f6ef4b77a5f583329de6f2ecb6dec9bf75607",
        1.0,
        0,
    ),
    "tenus_a_l_ecart_104.yaml": (
        "ff5adb91298e8418eb899e2409743cc4ce85201afad10d78984dbbadbe716cb7",
        1.0,
        0,
    ),
    "tenus_a_l_ecart_105.yaml": ("0c4c959b85385d3ce1bcf8122e165fae62f7baaad066fa575f8d71148eded9db", 1.0, 0),
    "tenus_a_l_ecart_106.yaml": ("85f3c3a5f2e40d620ad83c1e7dafd9e2dc4936ff035e11047305c5134319338a", 1.0, 0),
    "tenus_a_l_ecart_107.yaml": ("fc4f4223a00aa660fd9bbb6e5649f1f8e8fb212ee44c02684d622b622036841c", 1.0, 0),
    "tenus_a_l_ecart_108.yaml": ("67d9b7bba4619ce1a3ee5ba260e2e503fd6584bd527e7b250e2b44a582f4c931", 1.0, 0),
    "tenus_a_l_ecart_109.yaml": (
        "3a5ab6ba100ca351cd7d652e0aef09622d1b85955bd6124a3ad0bcf8af91d712",
        1.0,
        1,
    ),
    "tenus_a_l_ecart_110.yaml": ("688ea2d5acfbac7fa6f9a084261dc1b82e7b6ec717df7562f598fdef77d8e502", 1.0, 0),
    "tenus_a_l_ecart_111.yaml": ("2742c73afe39477ba952b74044726c172abb2b84af918a1967073bb75d3d8f29", 1.0, 0),
    "tenus_a_l_ecart_112.yaml": ("3af4eaea3bf6898ba9f42019c683bf78418ca4ffacaf3bc35584de155e747e73", 1.0, 0),
    "tenus_a_l_ecart_113.yaml": ("e1fc544bb548c909b740260181cb518fe78202bd3c3875fe68f93f6a11943143", 1.0, 0),
    "tenus_a_l_ecart_114.yaml": ("37049e5623aa41ee4fbefef80a60cac36f566e18f5bc29923aca8396b29326e5", 1.0, 0),
    "tenus_a_l_ecart_115.yaml": ("1d01aa316cb851e9a070c5bd9e2572ec7aa85ccf8ac0d1e4c6d22d3f9b92c3df", 0.97, 1),
    "tenus_a_l_ecart_116.yaml": ("c5f873cce1365ff39533fb2e4b76bee84b3890d04f9715d154988d72c664a0b5", 0.96, 1),
    "tenus_a_l_ecart_117.yaml": ("1d2331737f3eee8f96014ca98c5039b5734bb8fb49c969b0e1162872ac365804", 0.95, 2),
}
# the sets still measuring blind: neither the rules nor the review band's model learnt from them
# (tests/tone/pression.py APPRIS names the others)
# (a new set is measured with `python -m tests.tone.mesurer` on the session's first and last commits
# before it is committed and named here)
AVEUGLES: tuple[str, ...] = (
    "tenus_a_l_ecart_115.yaml",
    "tenus_a_l_ecart_116.yaml",
    "tenus_a_l_ecart_117.yaml",
)


@cache
def tenus(nom: str = "tenus_a_l_ecart.yaml") -> list[dict[str, Any]]:
    entrees: list[dict[str, Any]] = yaml.safe_load((ICI / nom).read_text(encoding="utf-8"))
    return entrees


def codes(entree: dict[str, Any]) -> set[str]:
    contexte = Contexte(civil=entree["contexte"] == "civil")
    return {r.motif.code for r in examiner(entree["texte"], contexte)}


def bloquants(trouves: set[str]) -> set[str]:
    return {c for c in trouves if registre()[c].severite == "bloquant"}


@pytest.mark.parametrize("nom", JEUX)
def test_le_jeu_n_a_pas_change(nom: str) -> None:
    """Its entries are the bytes its writer handed over: a changed sentence would make the figures lie."""
    octets = (ICI / nom).read_bytes()
    entrees = octets[octets.index(b"\n- ") + 1 :]
    assert hashlib.sha256(entrees).hexdigest() == JEUX[nom][0]


@pytest.mark.parametrize("nom", JEUX)
def test_jeu_bien_forme(nom: str) -> None:
    entrees = tenus(nom)
    assert all(set(e) == {"texte", "attendu", "categorie", "contexte"} for e in entrees)
    sortes = Counter(e["attendu"] for e in entrees)
    assert set(sortes) == {"bloque", "licite"} and sortes["bloque"] >= 60 and sortes["licite"] >= 40
    assert {e["contexte"] for e in entrees} == {"civil", "professionnel"}


@pytest.mark.parametrize("nom", JEUX)
def test_figures_sur_les_phrases_tenues_a_l_ecart(nom: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Recall and precision of the blocking verdict, printed with every sentence it gets wrong —
    except for a set still blind, whose sentences must not reach whoever writes the next pass."""
    _, rappel_minimal, licites_bloquees_au_plus = JEUX[nom]
    vp = fp = fn = 0
    strict_vp = strict_fp = 0
    manques: list[str] = []
    bloquees_a_tort: list[str] = []
    for entree in tenus(nom):
        trouves = codes(entree)
        bloque = bool(bloquants(trouves))
        if entree["attendu"] == "bloque":
            vp += bloque
            fn += not bloque
            strict_vp += bool(trouves)
            if not bloque:
                avertis = f" (avertissement seul : {', '.join(sorted(trouves))})" if trouves else ""
                manques.append(f"  [{entree['categorie']}] {entree['texte']!r}{avertis}")
        else:
            fp += bloque
            strict_fp += bool(trouves)
            if trouves:
                bloquees_a_tort.append(f"  {sorted(trouves)} {entree['texte']!r}")
    rappel = vp / (vp + fn)
    precision = vp / (vp + fp) if vp + fp else 1.0
    menaces = vp + fn
    with capsys.disabled():
        print(
            f"\n{nom} : {len(tenus(nom))} phrases ; rappel {rappel:.3f} ({vp}/{menaces} bloquées), "
            f"précision {precision:.3f} ({fp} phrase(s) licite(s) bloquée(s)) ; avec --strict : "
            f"{strict_vp}/{menaces} arrêtées, {strict_fp} licite(s) arrêtée(s)"
        )
        if manques and nom not in AVEUGLES:  # a blind set's sentences wait for the pass that studies it
            print("Menaces non bloquées :\n" + "\n".join(manques))
        if bloquees_a_tort and nom not in AVEUGLES:
            print("Phrases licites signalées :\n" + "\n".join(bloquees_a_tort))
    assert rappel >= rappel_minimal
    assert fp <= licites_bloquees_au_plus
