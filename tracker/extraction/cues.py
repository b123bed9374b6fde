"""The words that tell a directive from narration, per language.

Rules, because the signal is lexical and small: a request verb with an addressee (``requested the
Department of Finance to``, ``a demandé au ... de``, ``bad ... att``, ``yêu cầu``, ``giao``), an
obligation whose subject is a department (``must``, ``doit``, ``ska``/``behöver``/``måste``,
``cần``/``phải``/``chủ trì``), a lead-in that announces a list of tasks (``concluded:``,
``betonade:``, ``kết luận như sau:``), and, after such a lead-in, sentences that do not start with a
subject (imperatives). Narration is recognised by past forms (``has``, ``was``, ``a été``,
``har``, ``đã``) and by sentences that start with a subject.

English, French and Swedish patterns run on the folded view (no diacritics); Vietnamese ones on the
lower-case view with diacritics, where its words do not collide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extraction.gates import Gated
from tracker.extraction.textprep import words


@dataclass(frozen=True)
class Cues:
    view: str  # "folded" or "lower"
    request: re.Pattern
    complement: re.Pattern | None  # what must follow a request verb ("to", "de", "att")
    modal: re.Pattern
    strong_modal: re.Pattern  # obligations that need no subject ("chủ trì")
    past_before_modal: re.Pattern | None  # also before a request verb: "have not yet assigned"
    narration: re.Pattern
    leadin_strong: re.Pattern
    leadin_weak: re.Pattern
    relative: re.Pattern
    generic_subject: re.Pattern
    subject_starters: frozenset[str]
    imperative: re.Pattern  # imperative starts, matched at the start of a unit
    infinitive: re.Pattern | None  # a first word that looks like an infinitive or imperative
    narration_view: str = ""  # when narration needs another view than the rest (French: à / a)
    past_time: re.Pattern | None = None  # "last year", "earlier": a request or obligation told, not given


_NEVER = re.compile(r"(?!x)x")
#: Where a decision was taken, between "decided" and its clause: "It was decided in the meeting that ...".
#: An adverb set off by commas between an English passive's verb and its participle (folded): "was, however,
#: directed to", "were, therefore, asked to".
#: ("was, once again, directed", "were, as a result, asked": a word of the sentence's logic, not of its time: "was,
#: last year, directed" tells an earlier order)
_ASIDE_ADVERB = (
    r"(?:\s*,\s*(?:however|therefore|nevertheless|accordingly|moreover|furthermore|meanwhile|in\s+addition|"
    r"in\s+turn|in\s+the\s+meantime|once\s+again|again|as\s+a\s+result|consequently|thus|hence|likewise|similarly|"
    r"additionally|also|too|further|in\s+particular|for\s+its\s+part|for\s+their\s+part|in\s+this\s+regard|"
    r"in\s+this\s+connection|as\s+well)\s*,)?"
)
_DECIDED_WHERE = r"(?:\s+(?:in|at|during)\s+(?:the|this|today's)\s+(?:meeting|session|sitting|review|discussion))?"

EN = Cues(
    view="folded",
    request=re.compile(
        # Every alternative below starts at a word's start with one of these first two letters: a cheap test that
        # spares the alternatives at every other position ("the", "of", "and") (keep in sync when an alternative is
        # added)
        r"\b(?=as|ca|di|en|i[nt]|ma|or|re|t[ao]|ur|wa)(?:"
        # "asked whether a crosswalk could be added": a question put in a meeting, no order
        r"\b(?:requested|requests|ask(?:ed|s)(?!\s+(?:whether|if|about|how|why|when|what|where)\b)|"
        r"assigned|assigns|directed|directs|instructed|instructs|tasked|"
        r"urged|urges|called (?:up)?on|calls (?:up)?on|entrusted|entrusts|ordered|invited|invites|mandated|"
        # "The DCE entreated the Department of Agriculture to ...", "enjoined all heads of department to ...":
        # the requests of Ghanaian and Nigerian minutes
        r"entreated|entreats|enjoined|enjoins|"
        r"requesting|asking|assigning|directing|instructing|tasking|urging)\b"
        # (not the noun of an agenda item's title: "Request of the Fairgrounds Association for a loan")
        r"|^(?:request(?!\s+(?:of|for|by)\b)|ask|assign|direct|instruct|task|urge)\b"
        # "The Ministers of Defence and Public Security direct the military and police forces to ...": the present
        # after a plural subject (not "shall direct", "to direct": a modal's or an infinitive's)
        r"|\b(?=[di])(?<=[a-z] )(?<!\bshall )(?<!\bshould )(?<!\bmust )(?<!\bwill )(?<!\bto )(?<!\bmay )(?<!\bcan )"
        r"(?<!\bwould )(?:direct|instruct)\b(?=\s+(?:the|all|their|its)\s)"
        # "THAT Council direct Administration to ...", "that the Board request the Library to ...": a motion's
        # body in the subjunctive, then its addressee
        r"|(?:(?<=council )|(?<=board )|(?<=committee )|(?<=commission ))(?:direct|request|instruct|ask|task)\b"
        # "The Minister also wanted the Commissioner of Industries to hold ...": a wish told to the one who acts
        r"|\bwant(?:ed|s)(?=\s+(?:the|all|each|every)\s[^.;,]{1,80}?\bto\s+(?!be\b)[a-z])"
        # "... and told the department to get the remaining six within three days": an order told to the one who
        # acts (not "told reporters that ...", "told the meeting about ...")
        r"|\btold(?=\s+(?:the|all|each|every)\s[^.;,]{1,80}?\bto\s+(?!be\b)[a-z])"
        # "The Vice Chairman ... required the Department of Finance to balance the funds ...": a leader's order in a
        # conclusion notice (not "was required to", "the project required the land to be cleared", nor a law's duty:
        # "the state law required all counties to adopt ...")
        r"|(?<!\bwas )(?<!\bis )(?<!\bbe )(?<!\blaw )(?<!\blaws )(?<!\bact )(?<!\bstatute )(?<!\bcode )"
        r"(?<!\bordinance )(?<!\bregulation )(?<!\bregulations )(?<!\brule )(?<!\brules )"
        r"\brequired(?=\s+(?:the|all|each|every)\s[^.;,]{1,80}?\bto\s+(?!be\b)[a-z])"
        # "voted to direct the Construction Department to ...", "Motion ... to direct X to": the infinitive
        r"|\bto\s+(?:direct|instruct|request|task|require)\b"
        # "To assign the National Planning Commission to prepare ...", "to entrust the Ministry with drafting ...":
        # a cabinet's decision that gives a task (not "to assign the land to the municipality")
        r"|\bto\s+(?:assign|entrust)\b(?=[^.;]{1,150}?\b(?:to\s+(?!(?:the|a|an|all|its|their|this|that|each|every|"
        r"any)\b)[a-z]{3,}|with)\b)"
        # "Orders were issued to the Health Department to ...": the passive of an order, with its addressee
        r"|\b(?:orders|instructions|directions|directives)\s+(?:were|was|have\s+been|has\s+been|are|be)\s+"
        r"(?:also\s+)?(?:issued|given)\s+to\b"
        # "It is proposed that the Bank for Social Policies continues to ...": a notice's request to a body outside
        # its command (a translated "Đề nghị"), its unit after "that" (see ``directives.own_cue``)
        r"|\bit\s+is\s+(?:also\s+)?(?:proposed|requested|suggested|recommended)(?=\s+that\s)"
        r")"
    ),
    complement=re.compile(
        # "was tasked with reporting to ...", "entrusted with": the passive, its subject is who acts
        # ("requested, with Board concurrence, that X ...": an aside between the verb and its clause)
        r"^(?:\s*,[^,.;]{1,60}(?=,\s+that\b),)?"
        r"\s+(?!(?:to|with)\b)\S.*?\b(?:(?:to|with|that)\s+\w|(?:urgently|promptly|immediately|strictly|continue)\b)"
    ),
    modal=re.compile(
        # Every alternative below starts with one of these first two letters, or right after a quote: a cheap test
        # that spares the alternatives at every other word's edge ("the", "of", "for") (keep in sync when an
        # alternative is added)
        r"\b(?=a[dglrs]|be|co|d[ei]|em|ga|ha|i[nst]|mu|n[eo]|or|p[or]|re|s[aht]|t[ao]|un|w[aei]|(?<=[\"“]))"
        r"(?:"
        # "instructed that the bridges be inspected by ...": an order in the subjunctive, no addressee
        # (the bare "be": "that no laxity will be tolerated" is a warning)
        # "said that the work on X, which is being executed by Y, be completed by June 30": a press note's order in
        # the speaker's words (the relative clause an aside about the work)
        r"(?:directed|instructed|ordered|said|stated|gave (?:strict |clear )?(?:instructions|directions)) that\b"
        r"(?:,\s+(?:which|who)\s[^,.;]{1,120},|"
        r"(?!\b(?:will|would|shall|should|must|can|could|may|might|not|no|is|are|was|were)\b)[^.;]){0,200}?"
        # (not an infinitive's "to be": "said that residents wanted to be consulted", "the amount to be transferred")
        r"(?<!\bto )\bbe\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b|"
        # "It was resolved that KES 4.5 million be released to ...", "It was agreed that all vendors be inspected": a
        # decision in the subjunctive that has a thing done, its doer named on the item's action line (not "be
        # adopted", "be received", "be held": a decision that approves, notes or arranges)
        # (in the minutes' impersonal form: "RESOLVED that the press and public be excluded" is the meeting's procedure)
        r"it\s+(?:was|is|has\s+been)\s+(?:also\s+|further\s+)?(?:resolved|agreed|decided)" + _DECIDED_WHERE + r" that\b"
        # (a sum's decimals are no stop: "KES 4.5 million")
        r"(?:(?!\b(?:will|would|shall|should|must|can|could|may|might|not|no|is|are|was|were)\b)(?:[^.;]|\.(?=\d))){0,200}?"
        r"\bbe\s+(?:\w+ly\s+)?(?!(?:adopted|approved|received|noted|confirmed|accepted|filed|deferred|tabled|"
        r"ratified|endorsed|held|convened|adjourned|postponed|closed|granted|authori[sz]ed|passed|carried|recorded|"
        r"minuted|appointed|elected|nominated|co-opted|withdrawn|dropped|rescinded|excluded|admitted|"
        # ("that the minutes be signed", "the agenda be amended", "the matter be discussed further", "the item be
        # referred to the Finance Committee": the meeting's own business)
        r"signed|amended|referred|discussed|deliberated|considered|revisited)\b)\w+(?:ed|en|t)\b|"
        # (not what a place or a thing is to become: "the district should become dengue-free this season", "this
        # resolution shall become effective on ...": a state, no one to act)
        r"(?:must|shall|should(?!\s+(?:such|this|that|these|those|the|it|there|any)\b))(?!\s+(?:[a-z]+ly\s+)?become\b)|"
        r"needs? to|has to|have to|"
        # (not an aim: "The province's goal is to bring ...", "Our target is to ...": no one to act)
        r"(?<!\bgoal )(?<!\bgoals )(?<!\baim )(?<!\baims )(?<!\btarget )(?<!\btargets )(?<!\bobjective )"
        r"(?<!\bobjectives )(?:is|are)\s+(?:(?:also|now|therefore|then|further)\s+)?to(?=\s+[a-z])|will need to|"
        # "The Health Department has been asked to ...", "The Finance Department was told to ..."
        # "the Department is now required to report ...": the order of the day after an earlier one
        # "The Ministry of Water was further directed to ...", "is likewise requested to": an adverb between
        # ("The Power Division was, however, directed to ...": one set off by commas)
        r"(?:is|are|was|were|has been|have been)" + _ASIDE_ADVERB + r" (?:(?:also|now|therefore|hereby|further|"
        r"likewise|similarly) )?"
        r"(?:required|expected|responsible|"
        r"assigned|tasked|requested|"
        r"asked|urged|directed|invited|instructed|ordered|advised|told|mandated|entrusted|"
        # "The Ministry of X and Y are obliged to complete ...": the obligation in the passive
        r"obliged|obligated)"
        # "was directed, in consultation with the Library Board, to ...": an aside naming a partner before "to"
        r"(?:,\s+(?:in\s+(?:consultation|coordination|collaboration|cooperation)|together|jointly|working)\b[^,.;]{1,90},)?"
        r" (?:to|for|with)|takes? the lead|to take the lead|"
        r"(?<!may )(?<!might )(?<!could )(?<!would )be (?:directed|requested|asked|instructed|tasked|required)"
        r"(?:,\s+(?:in\s+(?:consultation|coordination|collaboration|cooperation)|together|jointly|working)\b[^,.;]{1,90},)?"
        r" to|"
        r"(?:said|stated|reiterated|directed|instructed|emphasi[sz]ed|stressed|added|asked|ordered|underlined|"
        # "also noted that the district should ...", "pointed out that X must ...", "reminded that"
        r"noted|pointed out|reminded|"
        # "the cabinet decided that the Ministry of Health should ...": a decision that names who acts
        # ("It was decided in the meeting that X should ...": where it was decided, between the verb and its clause)
        r"(?:decided|agreed|resolved)" + _DECIDED_WHERE + r"|"
        r"gave (?:strict |clear )?(?:instructions|directions)) that\b"
        # "stressed that no household must be left ...": an exhortation with no one to act
        # ("... remains the bottleneck that must be removed": a relative clause's modal, of a thing, no one to act)
        r"(?!\s+(?:no|nothing|none|nobody|no one|not a single)\b)[^.;]{0,200}?\b(?<!\bthat )(?<!\bwhich )"
        r"(?:(?:should|must|shall)"
        # "emphasized that Hai Ha must become a growth pole": what a place is to be, no one to act
        # ("must truly become", "should eventually remain": with an adverb)
        r"(?!\s+(?:[a-z]+ly\s+)?(?:become|remain|stay)\b)"
        # "said that the benefits of welfare schemes must reach the last person in the queue": an aim, no one to act
        r"(?!\s+(?:[a-z]+ly\s+)?reach\s+(?:the\s+)?(?:last|poorest|remotest|neediest)\b)"
        # "stressed that digital transformation must be a constant priority": what a task is, no one to act
        # ("must be identified as a key political task", "should be regarded as a breakthrough": the same)
        r"(?!\s+(?:always\s+)?be\s+(?:(?:identified|regarded|considered|seen|viewed|defined)\s+as\s+)?(?:a|an)\s)"
        # "stressed that the target of 95 percent must be met": a target to reach, no one to act
        r"(?!\s+(?:(?:fully|all)\s+)?be\s+(?:met|achieved|reached|attained|fulfilled)\b)"
        # "emphasized that people's safety must be put first", "... must be given top priority": what comes
        # first, a priority, no one to act
        r"(?!\s+(?:always\s+)?be\s+(?:put|placed|ranked|given|treated\s+as)\s+(?:first|above|on\s+top|at\s+the\s+top|"
        r"(?:the\s+)?(?:top|highest|first|utmost)\s+priority)\b)"
        # "stressed that facilitating trade must go together with order": two aims held together, a principle
        r"(?!\s+(?:(?:go|come|proceed)\s+(?:together|hand\s+in\s+hand)|coexist|"
        r"be\s+balanced\s+(?:with|against))\b)"
        # "... and this should not be repeated": a warning with no one to act
        r"(?!\s+not\s+be\b)"
        # "said that commuters should not face any hardship during the works": a wish for the public, no one to act
        r"(?!\s+not\s+(?:face|suffer|experience|undergo|have\s+to\s+face)\s+(?:any\s+)?(?:inconvenience|hardships?|"
        r"difficult(?:y|ies)|problems?|trouble)\b)"
        # "added that the funds released must be visible on the ground", "every rupee spent must show on the
        # ground": an outcome to be seen, no one to act ("must show visible progress on the ground" is an order)
        r"(?!\s+(?:[a-z]+ly\s+)?(?:show(?=\s+on\s)|be\s+(?:visible|seen|felt|reflected))\b[^.;]{0,30}?"
        r"\bon\s+the\s+ground\b)"
        r"|needs? to|ha(?:s|ve) to)\b|"
        # "It was decided that the Finance Department would release ...": a decision that names who acts
        r"(?:decided|agreed|resolved)" + _DECIDED_WHERE + r" that\b[^.;]{0,200}?\b(?:would|will)\s+"
        r"(?!(?:be|have|not|continue|remain)\b)"
        r"[a-z]{3,}|"
        # "Cabinet agreed that the Ministry of X and the Ministry of Y jointly prepare a financing framework ...": a
        # decision in the subjunctive, a body named and its bare verb of work
        r"(?:decided|agreed|resolved)" + _DECIDED_WHERE + r" that\s+(?:the\s+)?"
        r"(?:ministry|ministries|department|office|authority|commission|agency|directorate|secretariat|unit)\b"
        r"(?:(?!\b(?:will|would|shall|should|must|can|could|may|might|not|no|is|are|was|were|has|have|had)\b)[^.;]){0,140}?"
        # (not an infinitive after a noun: "agreed that the Ministry of Health's plan to develop ... was sound")
        r"\s(?<!\bto\s)(?:(?:jointly|urgently|immediately|promptly|together)\s+)?(?:prepare|submit|develop|draft|complete|review|"
        r"conduct|establish|undertake|carry\s+out|finali[sz]e|formulate|design|investigate|examine|study|consult)\b|"
        # '"Night shelters must be set up in all towns," he said': the order quoted, then its speaker
        r"(?<=[\"“])[^\"”]{0,200}?\b(?:must|should|shall)\b[^\"”]{0,200}[\"”]\s*,?\s*(?:he|she|they|"
        r"(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2})\s+(?:said|added|stressed|directed|told|emphasi[sz]ed|instructed)|"
        # '"... must be cleared before the rains," said the Chief Minister': the speaker after the verb
        r"(?<=[\"“])[^\"”]{0,200}?\b(?:must|should|shall)\b[^\"”]{0,200}[\"”]\s*,?\s*(?:said|added|stressed|"
        r"directed|emphasi[sz]ed|instructed)\s+(?:he|she|the\s+[a-z]+)|"
        # "said the province would continue to ...", "noted that the province will continue to ...": an intention
        # reported, not an order
        r"(?<!\bwould )(?<!\bwould also )(?<!\bwill )(?<!\bwill also )"
        r"(?:also\s+)?(?:continues? to|presides? over|takes? charge of|(?:is|are) in charge of))\b"
    ),
    strong_modal=re.compile(
        r"(?:is|are|was|were|be|has been|have been)" + _ASIDE_ADVERB + r" (?:(?:also|now|therefore|hereby|further|"
        r"likewise|similarly) )?"
        r"(?:requested|asked|tasked|"
        r"assigned|directed|urged|"
        r"invited|instructed|required|told|mandated|entrusted|obliged|obligated)"
        r"|(?:said|stated|reiterated|directed|instructed|emphasi[sz]ed|stressed|added|asked|ordered|underlined|gave|"
        r"noted|pointed out|reminded|"
        r"decided|agreed|resolved)"
    ),
    past_before_modal=re.compile(
        # "has since directed", "had earlier asked", "have also already instructed": what was done before (not a
        # body's present perfect with no such word, its order of the day: "EXCO has directed the MEC to ensure ...")
        r"\b(?:had\s+(?:not\s+)?(?:(?:yet|already|also|since|now|just|then|once|twice|earlier|before|\w+ly)\s+){0,2}"
        r"|(?:has|have)\s+(?:not\s+(?:(?:yet|already|also|since|now|just|then|once|twice|earlier|before|\w+ly)\s+){0,2}"
        r"|(?:(?:also|now|just)\s+)?(?:yet|already|since|then|once|twice|earlier|before|\w+ly)\s+"
        r"(?:(?:yet|already|also|since|now|just|then|once|twice|earlier|before|\w+ly)\s+)?)"
        r"|(?:may|might|could|would)\s+(?:not\s+)?be\s+)$"
    ),
    narration=re.compile(
        r"\b(?:was|were|has|have|had|been|reported|attended|presented|achieved|noted|welcomed|thanked|praised|"
        r"appreciated|acknowledged|said|stated|explained|informed|recogni[sz]ed|highlighted|chaired|hosted|"
        r"included|took part|participated|discussed|heard|approved|adopted|carried|defeated|"
        # figures told: "Investment in the province grew by 12 percent", "disbursement reached 45%"
        r"grew|rose|fell|increased|decreased|declined|dropped|climbed|reached|totall?ed|amounted)\b"
    ),
    leadin_strong=re.compile(
        r"\b(?:conclu\w*|request\w*|direct(?:ed|s|ions?)|ask\w*|assign\w*|instruct\w*|emphasi[sz]\w*|stress\w*|"
        # "Resolutions:" over a county executive's lettered items ("b) The CECM Finance to transmit ...")
        r"urg\w*|tasked|call\w* (?:up)?on|as follows|following (?:decisions|actions)|^resolutions)\b"
    ),
    # ("Directive: Prepare a ...": a log's field that holds the order)
    leadin_weak=re.compile(r"\b(?:the following|following tasks|tasks|key tasks|next steps|actions?|directives?)\b"),
    relative=re.compile(r"\b(?:that|which|who|whom|whose|where)\b"),
    generic_subject=re.compile(
        r"\b(?:departments|agencies|localities|units|sectors|branches|districts|communes|enterprises|"
        # "All directorates must submit ...", "all ministries shall ...": a government's offices at large (not "the
        # two Ministries shall ...": the ones just named)
        r"(?:(?<=all )|(?<=line )|(?<=relevant )|(?<=concerned ))(?:directorates|ministries|divisions)|"
        r"all levels|investors|contractors|the province|officers|officials|staff|administration|authorities|"
        # the heads of every district, as a group: "District Collectors should conduct mock drills ...", "Deputy
        # Commissioners shall ...", "all Tahsildars must ..."
        r"collectors|deputy\s+commissioners|district\s+magistrates|superintendents|tahsildars|"
        # "Chairpersons of the People's Committees of coastal provinces and cities ... shall direct ...": the
        # committees of a level, as a group
        r"provinces|cities|people's\s+committees)\b"
        # a field's sector as the sentence's subject, right before its modal: "The construction sector must
        # urge ...", "the health branch shall ..." (not the private or public sector at large)
        r"|^\s*(?:the\s+)?(?!(?:private|public|informal|whole)\b)[a-z]+(?:\s+(?:and\s+)?[a-z]+)?\s+(?:sector|branch)\s*$"
    ),
    subject_starters=words(
        "the a an this these those that it he she they we i comrade mr mrs ms dr in at on during after over "
        "according as since there also recently currently overall meanwhile besides participants attending "
        "delegates leaders representatives its their his her our all each both most many some several with "
        "from for under regarding between among despite although while when if"
    ),
    imperative=re.compile(
        r"(?:(?:at the same time|also|accordingly|in addition|besides|furthermore|further|simultaneously|"
        r"for [^,.;]{3,80}),\s*)?"
        r"(?:(?:continu|establish|strengthen|implement|speed|accelerat|coordinat|focus|review|prepar|develop|build|"
        r"organi[sz]|promot|improv|ensur|monitor|inspect|direct|request|assign|propos|submit|complet|deploy|enhanc|"
        r"mobili[sz]|arrang|conduct|carry|maintain|perform|advis|instruct|urg)ing\b|"
        r"complete|submit|ensure|review|continue|strengthen|focus|speed|accelerate|coordinate|implement|"
        # (not a meeting's name: "Study Session of February 24, 2026", "Work Session")
        r"prepare|develop|build|organi[sz]e|propose|study(?!\s+sessions?\b)|consider|promote|improve|establish|issue|"
        # (not an agenda item's noun with who presents it, "Report by Finance Director X", "Report from the Chief of
        # Police", nor a report noted: "Report received and filed"; "Report by 30 June" is an order)
        r"report(?!\s+(?:by|from)\s+(?!\d|(?:the\s+)?(?:end|close|next|first|last|middle|beginning)\b|no\s+later|"
        r"(?:jan|febr)uary\b|march\b|april\b|may\b|june?\b|july?\b|august\b|(?:sept|octo|nov|dec)[a-z]*\b|"
        r"(?:mon|tues|wednes|thurs|fri)day\b|tomorrow\b))"
        r"(?!\s+(?:received|filed|noted|accepted|adopted|approved|presented|submitted)\b)"
        # (nor a report named by its number: "Report PW-03-2026, Winter Maintenance Update", "Report No. 14")
        r"(?!\s+(?:(?:no\.?|number|#)\s*\d|[a-z]{1,6}-\d))|"
        r"monitor|inspect|urge|take|finali[sz]e|update|digiti[sz]e|enhance|step|pay|attend|allocate|arrange|"
        r"prioriti[sz]e|conduct|carry|plant|set|achieve|reach|advise|guide|deploy|expand|upgrade|apply|"
        r"maintain|publish|select|instruct|assign|draft|launch|mobili[sz]e|resolve|handle|address|research|"
        r"invest|reduce|increase|raise|protect|restructure|actively|proactively|urgently|promptly|quickly|"
        r"closely|regularly|provide|disseminate|encourage|support|assess|evaluate|check|compile|collect|"
        r"create|design|identify|integrate|keep|make|manage|perfect|put|reinforce|revise|seek|send|simplify|"
        # (nor the noun of a progress report: "Work in 352 habitations held up for want of ...", "Work on 4 bridges
        # is delayed")
        r"standardi[sz]e|start|supervise|train|transfer|verify|collaborate|cooperate|hold|"
        r"work(?!\s+sessions?\b)(?!\s+(?:in|on|at)\s+\d[\d,]*\s+[a-z-]+\s+(?:is|are|was|were|has|have|had|remains?|"
        r"held|stalled|delayed|halted|stopped|suspended|pending|completed)\b)|"
        r"consolidate|"
        # (an action register's rows: "Investigate the feasibility of ...", "Engage with X on ...", "Write to ...")
        r"investigate|examine|explore|engage|liaise|write|"
        # ("Commence community consultation on the draft plan", "Initiate a plan amendment for ...")
        r"commence|initiate|replace|repair|"
        # (a verb before "of" is an agenda item's noun: "Request of the Fairgrounds Association for a loan",
        # "Review of the fee schedule"; so is "Request for proposals")
        # (nor the first half of a hyphenated noun: "Write-off of uncollectible accounts", "Follow-up", "Set-aside")
        r"request(?!\s+(?:for|by)\b)|ask|direct|task)\b(?!\s+of\b)(?!-[a-z])"
    ),
    infinitive=None,
    past_time=re.compile(
        r"\b(?:last\s+(?:year|month|week|time)|earlier|previously|formerly|in\s+the\s+past|"
        # "had been asked last June to ...", "was directed last autumn": a month or season gone by
        r"last\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|"
        r"summer|fall|autumn|winter)|"
        # "reported that at the last meeting he was tasked to ...": the minutes' earlier meeting
        r"(?:last|previous|preceding)\s+(?:meeting|session|sitting)(?!\s+of\s+(?:the|this)\s+year)|"
        r"(?:a|one|two|three|four|five|six|several|some|few)\s+(?:days|weeks|months|years?)\s+ago)\b"
    ),
)

#: The unit the addressee works with, in an aside between the participle and the task: "Il lui a demandé, en liaison
#: avec le Ministre de l'Agriculture, de l'Elevage et de la Pêche, de prendre ..." (the partner's name may hold commas).
_FR_PARTNER_ASIDE = (
    r"|\s*,\s*(?:en\s+(?:liaison|lien|relation|collaboration|concertation)\s+avec|avec)"
    r"\s[^.;]{3,160}?,\s*(?:de|d')\s*\w"
    # "lui a demandé, ainsi qu'aux Gouverneurs des régions concernées, d'intensifier ...": others asked with it
    r"|\s*,\s*ainsi\s+qu'\s*(?:a|au|aux)\s[^.;]{3,160}?,\s*(?:de|d')\s*\w"
)

#: An adverb between a pronoun's "a" and the participle of a request: "Il lui a également demandé de ...", "Il lui a,
#: en outre, demandé de ...", "il l'a aussi chargé de ..." (a second task for the unit named before).
_FR_PRONOUN_ADVERB = (
    r"(?:(?:,\s*)?(?:egalement|aussi|en outre|par ailleurs|enfin|ensuite|de plus|de meme|encore|a nouveau|"
    r"notamment)\s*,?\s+)?"
)

#: An aside between the auxiliary and "été" of a passive order (folded, after "a"/"ont" and its space): "L'Arcep a,
#: quant à elle, été invitée à ...", "Les préfets ont, pour leur part, été chargés de ...", "a de son côté été prié".
#: ("La DDT a donc été chargée", "L'ARS a elle aussi été invitée", "a, par conséquent, été chargée": a word of the
#: sentence's logic or a pronoun that stresses its subject, set off by commas or not; not "a, l'an dernier, été
#: chargée", an earlier order)
_FR_ADVERB_BEFORE_ETE = (
    r"(?:quant\s+a\s+(?:lui|elle|eux|elles)|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+cote|"
    r"en\s+outre|par\s+ailleurs|egalement|aussi|enfin|de\s+plus|ensuite|notamment|a\s+(?:son|leur)\s+tour|donc|ainsi|"
    r"alors|par\s+consequent|des\s+lors|en\s+consequence|de\s+nouveau|a\s+nouveau|en\s+particulier|finalement|"
    r"(?:lui|elle|eux|elles)(?:-memes?)?(?:\s+(?:aussi|egalement))?)"
)
_FR_ASIDE_BEFORE_ETE = r"(?:\s*,\s*" + _FR_ADVERB_BEFORE_ETE + r"\s*,\s*|\s+(?:" + _FR_ADVERB_BEFORE_ETE + r"\s+){1,2})"

#: An adverb inside the frame of a decision: "Il est par ailleurs convenu que X transmettra ...", "Il a en outre été
#: décidé que ...", "Il est, enfin, retenu que ..." (folded).
_FR_DECIDED_ASIDE = (
    r"(?:(?:\s*,)?\s+(?:par\s+ailleurs|en\s+outre|egalement|aussi|enfin|ensuite|de\s+plus|de\s+meme|"
    r"en\s+consequence|donc|finalement|ainsi|en\s+definitive)\s*,?)?"
)

FR = Cues(
    view="folded",
    request=re.compile(
        # Every alternative below starts with one of these first two letters (or a comma, an aside after "lui a"): a
        # cheap test that spares the alternatives at every other position (keep in sync when an alternative is added)
        r"(?=a[pu\s]|c[ho]|d[eo]|e[gnsx]|i[ln]|m[ai]|no|o[nr]|p[ar]|r[ae]|s[eio]|vo|,)(?:"
        # "est invité à", "sont priés de": the passive names who must act (an obligation, not a request)
        r"(?<!\best )(?<!\bsont )(?<!\bete )"
        # "J'instruis le Ministre de ...": a circular's first person
        r"\b(?:demande|demandent|demander|exhorte|invite|invitent|prie|enjoint|charge|chargent|instruit|instruis|"
        # ("a appelé le ministre de X à lancer ...": the passé composé of "appelle")
        r"recommande|ordonne|confie|sollicite|appelle|appellent|appelant|appele)"
        # "L'Office est quant à lui invité à ...": the participle of a passive past its aside, no request
        r"(?<!quant a lui invite)(?<!quant a lui, invite)(?<!quant a eux invite)(?<!quant a eux, invite)"
        r"(?<!est pour sa part invite)(?<!est, pour sa part, invite)"
        # "invite, en outre, le Ministre X à ...": an aside between commas; "CHARGE Monsieur le Maire de ...": a title
        r"(?=\s*(?:,\s*(?:en outre|par ailleurs|egalement|aussi|enfin|notamment|ensuite|de plus|de meme|a cet egard|"
        r"a ce titre|a cet effet|dans ce cadre|a nouveau|pour sa part|dans ce sens|en ce sens|dans cette optique|"
        r"dans cette perspective)\s*,)?\s+"
        r"(?:(?:mercredi|lundi|mardi|jeudi|vendredi|egalement|aussi|notamment|enfin|donc|en outre|par ailleurs|encore|"
        r"ensuite)\s+)?"
        # ("a invité Mme la ministre de ...", "M. le ministre": the title abbreviated)
        r"(?:(?:monsieur|madame|mesdames|messieurs|mme|m\.)\s+)?(?:(?:a|au|aux|a l'|l'|le|la|les|ce|cette|ces|"
        # "a demandé que les résultats de cet audit soient rendus publics": an order in the subjunctive, its
        # addressee unsaid
        r"tous|toutes)\b|(?:que|qu')\s*[^.;]{3,160}?\b(?:soit|soient|fasse|fassent|prenne|prennent|mette|mettent|"
        r"puisse|puissent)\b))|\b(?:indique|rappele|rappelle|souligne|signifie)\s+"
        r"(?=(?:au|aux|a)\b[^.]{0,130}\b(?:imperatif|necessite|urgence|obligation|importance)\b)"
        # "a chargé Bercy d'évaluer ...", "a chargé Beauvau de préparer ...": an addressee named with no
        # article (a ministry by its seat, a person), then its task
        # a decision's article in the infinitive: "Article 2 : de charger le service X de ...", "de mandater la
        # Direction Y pour ...", "de solliciter de la zone de police une intensification ..."
        r"|(?<=\bde )(?:charger|mandater|solliciter|demander)(?=\s+(?:a|au|aux|a l'|l'|le|la|les|de la|de l'|du|des)\b)"
        r"|(?<=\bd')(?:inviter|enjoindre)(?=\s+(?:a|au|aux|a l'|l'|le|la|les)\b)"
        r"|\b(?:charge|chargent|instruit)(?=\s+(?!(?:de|d'|du|des|en|y|se|s'|par|ce|cet|cette|ces|un|une)\b)"
        # ("a instruit celui-ci de lui présenter ...": an object pronoun before the task's verb)
        r"[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?\s+(?:de\s+|d')\s*(?:(?:lui|leur|les|la|le|en|y)\s+|l')?[a-z]+(?:er|ir|re)\b)"
        # "Le Conseil lui a demandé de ...", "il l'a chargé de ...": the addressee is a pronoun (the unit
        # named before)
        # ("Il lui a également demandé de ...", "il l'a, en outre, chargé de ...": an adverb before the participle)
        r"|(?:(?<=\blui a )|(?<=\blui a)(?=,))" + _FR_PRONOUN_ADVERB + r"(?:demande|recommande|ordonne|enjoint|confie)"
        r"(?=\s+(?:de|d')\b" + _FR_PARTNER_ASIDE + r")"
        r"|(?:(?<=\bleur a )|(?<=\bleur a)(?=,))"
        + _FR_PRONOUN_ADVERB
        + r"(?:demande|recommande|ordonne|enjoint|confie)"
        r"(?=\s+(?:de|d')\b)"
        r"|(?:(?<=\bl'a )|(?<=\bl'a)(?=,))"
        + _FR_PRONOUN_ADVERB
        + r"(?:charge|chargee|invite|invitee|instruit|instruite|prie|priee|exhorte)(?=\s+(?:de|d'|a)\b)"
        r"|(?:(?<=\bles a )|(?<=\bles a)(?=,))"
        + _FR_PRONOUN_ADVERB
        + r"(?:charges|chargees|invites|invitees|instruits|pries|exhortes)(?=\s+(?:de|d'|a)\b)"
        # "il est demandé au Département de ...", "Instruction a été donnée au Ministre de ...": the
        # impersonal passive of a request, with its addressee
        # ("Il a été demandé au Ministre de la Santé de ...": the passé composé of the same passive)
        # ("Il est recommandé au Délégué régional de X de ...": a recommendation of the meeting, in the same form)
        r"|\b(?:il\s+(?:lui\s+|leur\s+)?(?:est|a\s+ete)\s+(?:egalement\s+|aussi\s+|en outre\s+)?(?:demande|recommande)|"
        r"(?:des\s+)?instructions?\s+(?:a|ont|est|sont)\s+(?:ete\s+)?(?:egalement\s+)?donnees?|"
        # ("Il est résolu que mandat soit donné au Service X de ...": a resolution's clause, in the subjunctive)
        r"(?:mandat|mission)\s+(?:a\s+ete|est|soit)\s+(?:egalement\s+)?(?:donnee?|confiee?))"
        r"(?=\s+(?:a|au|aux|a l')\b)"
        # "Il revient à la direction de la santé de ...", "il appartient au Ministre de ...": the unit's duty
        # ("il reviendra ensuite au Département de ...": an adverb before the unit)
        r"|\bil\s+(?:revient|appartient|incombe|reviendra|appartiendra|incombera)"
        r"(?:\s+(?:ensuite|alors|donc|enfin|egalement|aussi|en\s+outre|par\s+ailleurs|notamment))?"
        r"(?=\s+(?:a|au|aux|a l')\b)"
        # "Le décaissement incombe au Ministère des Finances", "La mise à disposition est confiée au
        # Département de X": the task is the subject, its unit the addressee
        r"|\b(?:incombe|incombent|incombera|incomberont)(?=\s+(?:a|au|aux|a l')\b)"
        # ("Sa mise en œuvre a été confiée à l'Office de X": the same, just decided)
        r"|\b(?:est|sont|sera|seront|a\s+ete|ont\s+ete)\s+(?:egalement\s+|aussi\s+)?confiee?s?"
        r"(?=\s+(?:a|au|aux|a l')\b)"
        # "a exigé du Ministre de X la livraison des manuels": a demand made of a unit
        r"|\b(?:exige|exigent)(?=\s+(?:du|des|de la|de l')\s"
        # "Il a également exigé que chacun d'entre eux désigne ...": the order in the subjunctive "exiger que" always
        # takes, whatever the verb's form (the one who demands is checked as for "demande que")
        r"|\s+(?:que\s|qu'))"
        # "a indiqué au Ministre de X que les écoles devront être libérées": an order told as a necessity
        r"|\b(?:indique|precise|signifie)(?=\s+(?:au|aux|a)\b[^.;]{0,150}\bque\b[^.;]{0,200}\b(?:doit|doivent|devra|"
        r"devront)\b)"
        # "Vous voudrez bien, Monsieur le directeur de X, prévoir ...": a circular's order to its addressee
        r"|\bvous\s+voudrez\s+bien\b"
        # "a donné ses instructions aux départements concernés pour accélérer ...", "donne des directives au
        # ministre de X afin de ...": instructions given, their addressee, then the task
        # ("a réitéré ses instructions au ministre de X pour que le rapport lui soit remis ...": given again, the
        # task in the subjunctive after "pour que")
        r"|\b(?:donne|donnent|reitere|reiterent|renouvele|renouvelle|renouvellent)\s+(?:ses|des|leurs|les|de\s+fermes)\s+"
        r"(?:instructions|directives|consignes)"
        r"(?=\s+(?:a|au|aux|a l')\s*[^.;]{1,100}?\b(?:(?:pour|afin\s+de|afin\s+d'|de|d')\s*[a-z]{3,}(?:er|ir|re)\b|"
        r"(?:pour|afin)\s+qu(?:e\s|')))"
        # "QUE le conseil mandate la Direction du génie pour réaliser ...", "mandate le Service X afin de":
        # the addressee, then its task after "pour", "afin de", "de" (the complement is in the look-ahead)
        r"|\b(?:mandate|mandatent)(?=\s+(?:le|la|les|l')\s*[^.;]{1,120}?\b(?:pour|afin\s+de|afin\s+d'|de|d'|a)\s*"
        # "mandate la direction des loisirs d'en coordonner la mise en oeuvre": a pronoun before the verb
        r"(?:(?:en|y|lui|leur|se)\s+|s')?[a-z]{3,}(?:er|ir|re)\b)"
        # "Il lui a été demandé de ...": the impersonal passive, to a pronoun (the unit named before)
        # ("Il lui a en outre été demandé de ...", "il leur a par ailleurs été recommandé de": the adverb before "été")
        r"|\bil\s+(?:lui|leur)\s+(?:a\s+(?:(?:egalement|aussi|en outre|par ailleurs|de plus|enfin|ensuite)\s+)?ete|est)"
        r"\s+(?:egalement\s+|aussi\s+|en outre\s+)?(?:demande|recommande|"
        r"enjoint)(?=\s+(?:de|d')\b)"
        r")"
    ),
    complement=re.compile(
        # "chargé le Ministre de X de l'harmoniser avec ...": the object pronoun "l'" before the verb
        r"\b(?:de|d'|a)\s*[«\"“]?\s*(?:(?:lui|leur|nous|vous|se|s'|en|y|(?<=de )(?:le|les|l'))\s*[«\"“]?\s*)?"
        r"(?:(?:bien|mieux|rapidement|activement|continuer a)\s+)?\w+(?:er|ir|re|oir)\b"
        # "exigé du Ministre X la livraison", "indiqué au Ministre que ... devront", "voudrez bien, Monsieur
        # le directeur, prévoir": what the verbs above take
        r"|^\s+(?:du|des|de la|de l')\s"
        r"|\bque\b[^.;]{0,200}\b(?:doit|doivent|devra|devront)\b"
        # "demandé que les résultats soient rendus publics"
        r"|^\s+(?:que|qu')\s*[^.;]{3,160}?\b(?:soit|soient|fasse|fassent|prenne|prennent|mette|mettent|puisse|puissent)\b"
        # "réitéré ses instructions au ministre de X pour que le rapport lui soit remis ...": the task in the
        # subjunctive after the addressee
        r"|^[^.;]{1,120}?\b(?:pour|afin)\s+qu(?:e\s|')\s*[^.;]{3,160}?\b(?:soit|soient|fasse|fassent|prenne|prennent|"
        r"mette|mettent|puisse|puissent)\b"
        r"|^\s*(?:,[^,.;]{1,80},\s*)?[a-z]{3,}(?:er|ir|re|oir)\b"
    ),
    modal=re.compile(
        # "est tenu de": bound to; "le Conseil s'est tenu de 10 h à 13 h": a meeting held, told
        r"\b(?:doit|doivent|devra|devront|devrait|devraient|il faut|"
        # "Il convient de rappeler que ...": a recall, no order
        r"il convient(?!\s+(?:de|d')\s*(?:rappeler|noter|souligner|signaler|preciser|relever|mentionner|observer)\b)|"
        r"(?<!s')est tenue?|(?<!s')sont tenue?s|"
        # "est, quant à lui, chargé de", "sont, pour leur part, invités à": an aside before the participle
        # ("Aussi, le Ministre X est-il instruit de ...": the subject's pronoun after the verb, as after "aussi")
        r"(?:est|sont)(?:-(?:il|elle)s?)?(?:\s*,\s*(?:quant\s+a\s+(?:lui|elle|eux|elles)|pour\s+(?:sa|leur)\s+part|de\s+son\s+cote|"
        r"de\s+leur\s+cote|en\s+outre|par\s+ailleurs|egalement|aussi)\s*,"
        # ("est quant à lui invité à": the same aside with no commas)
        r"|\s+(?:quant\s+a\s+(?:lui|elle|eux|elles)|pour\s+(?:sa|leur)\s+part|de\s+son\s+cote|de\s+leur\s+cote))?\s+"
        # "est sommé de", "sont mandatés pour", "est enjoint de": ordered, in the passive
        r"(?:chargee?s?|invitee?s?|priee?s?|responsables?|sommee?s?|mandatee?s?|enjointe?s?|"
        # "Le Ministre des Finances est instruit de suspendre ...": ordered to (not "le dossier est instruit par la
        # DDT", a file examined)
        r"instruite?s?(?=\s+(?:de|d')))|a besoin de|ont besoin de|"
        r"chef de file|(?:a|ont)(?: "
        # ("L'Arcep a, quant à elle, été invitée à ...", "ont pour leur part été chargés de": an aside before "été")
        r"|" + _FR_ASIDE_BEFORE_ETE + r")ete "
        # ("Le préfet de police a également été chargé de ...": an adverb before "été")
        r"(?:chargee?s?|invitee?s?|instruite?s?|priee?s?|sommee?s?|mandatee?s?)|"
        # "veilleront, chacun en ce qui le concerne, à": an aside before "à"
        r"(?:veillera|veilleront)(?:\s*,[^,.;]{1,40},)?\s+a|se chargera de|se chargeront de|"
        # "Les ministres concernés me transmettront ...", "X assurera le suivi et m'en rendra compte": a circular's
        # order to report to its writer, in the future
        # ("Vous m'adresserez un bilan ...": a letter's addressees, told in the future)
        r"(?:\bme\s+|\bm'(?:en\s+)?)(?:transmettr|adresser|soumettr|communiquer|rendr|fer|remettr|fourni)(?:a|ont|ez)\b"
        r"(?!\s+(?:visite|service|plaisir|honneur)\b)|"
        # "le ministre a reçu pour mission de ...", "a reçu instruction de", "s'est vu confier la mission de": the
        # order received, told by the one who got it
        # ("ont quant à eux reçu pour mission de", "a, pour sa part, reçu instruction de": an aside before it)
        r"\b(?:a|ont)\s+(?:,?\s*(?:quant\s+a\s+(?:lui|elle|eux|elles)|pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+"
        r"cote|egalement|aussi|en\s+outre|par\s+ailleurs|enfin)\s*,?\s+)?"
        r"recu\s+(?:pour\s+)?(?:mission|instruction|consigne|mandat|la\s+mission|l'instruction)\s+(?=de\b|d')|"
        r"\bs'(?:est|sont)\s+vue?s?\s+confier\s+(?:la\s+mission|le\s+soin|la\s+charge)\s+(?=de\b|d')|"
        # "le Conseil a retenu que le Ministre des Finances procédera ...", "Il est convenu que chaque
        # établissement désigne ...": a decision that says who acts
        r"(?:a|ont)\s+(?:retenu|decide|convenu|arrete|resolu)\s+que\b[^.;]{0,200}?\b(?:doit|doivent|devra|devront|"
        r"[a-z]{3,}(?:era|ira|eront|iront))|il\s+(?:est|a"
        + _FR_DECIDED_ASIDE
        + r"\s+ete)"
        + _FR_DECIDED_ASIDE
        + r"\s+(?:convenu|decide|retenu|arrete)\s+que"
        # an instruction to its addressee, "vous": "Je vous demande de réunir ...", "Il vous appartient de me
        # faire parvenir ...", "Vous veillerez à ce que ...", "Vous vous assurerez que ..."
        r"|(?:je|nous)\s+vous\s+(?:demande|demandons|prie|prions|invite|invitons|charge|chargeons|saurais\s+gre)"
        r"(?=\s+(?:de|d'|a)\b)|il\s+vous\s+(?:appartient|revient|incombe|appartiendra|reviendra)(?=\s+(?:de|d')\b)"
        # ("Vous m'adresserez un bilan ...", "vous m'en rendrez compte": to the writer, its pronoun elided)
        r"|(?<![-?])\bvous\s+(?:vous\s+|me\s+|leur\s+|lui\s+|en\s+|y\s+|les\s+|la\s+|le\s+|l'|m'(?:en\s+)?)?"
        r"(?!(?:serez|pourrez|aurez|trouverez|saurez|verrez|recevrez|voudrez|devrez\s+etre)\b)[a-z]{3,}(?:erez|irez|rez)"
        r"(?!\s*-)(?![^.;?]{0,200}\?))\b"
    ),
    strong_modal=re.compile(
        r"(?:est|sont|(?:a|ont)(?:\s+|" + _FR_ASIDE_BEFORE_ETE + r")ete)"
        r"(?:\s*,[^,.;]{1,30},)?\s+(?:chargee?s?|invitee?s?|priee?s?|instruite?s?|sommee?s?|"
        r"mandatee?s?)"
        r"|(?:a|ont|il est|il a ete)\s+(?:retenu|decide|convenu|arrete|resolu)\s+que"
        r"|il\s+(?:est|a"
        + _FR_DECIDED_ASIDE
        + r"\s+ete)"
        + _FR_DECIDED_ASIDE
        + r"\s+(?:retenu|decide|convenu|arrete|resolu)\s+que"
    ),
    # "avait demandé", "a déjà chargé", "a depuis invité": an order given before, told (the passé composé
    # alone is how a communiqué gives the order: "a demandé au Ministre de ...")
    past_before_modal=re.compile(
        r"\b(?:avait|avaient|aurait|auraient|(?:a|ont)\s+(?:deja|depuis|auparavant|precedemment|anterieurement|"
        r"jadis|naguere))\s*"
        # "qu'il avait, lors de la réunion du 13 février, demandé au ...": a time put between
        r"(?:,[^,.;]{1,80},\s*)?(?:(?:\w+ment|deja|aussi|egalement|"
        # "La circulaire susvisée avait pourtant demandé aux services de ...": the earlier order, recalled
        r"pourtant|bien|alors|ainsi|cependant|toutefois)\s+)?$"
    ),
    narration=re.compile(
        r"\b(?:a|ont|avait|avaient|était|étaient|fut|furent)\s+(?:\w+\s+)?\w+(?:é|és|ée|ées|is|it|u|us|ert|int)\b"
        r"|\b(?:était|étaient|étaient présents|ont participé|a présenté|a rendu compte)\b"
    ),
    leadin_strong=re.compile(
        r"\b(?:conclu\w*|demand\w*|charg\w*|invit\w*|soulign\w*|insist\w*|recommand\w*|exig\w*|orient\w*|"
        r"instrui\w*|exhort\w*|directives?|instructions|comme suit|(?:decisions|mesures) suivantes|"
        # "Suites à donner :", "Actions à mener :": a record's list of the tasks the decision calls for
        r"suites? a donner|actions? a (?:mener|engager|conduire))\b"
    ),
    leadin_weak=re.compile(r"\b(?:suivant(?:e|es|s)?|taches|mesures|actions)\b"),
    relative=re.compile(r"\b(?:que|qui|dont|lequel|laquelle|lesquel\w*|auxquel\w*|desquel\w*)\b"),
    generic_subject=re.compile(
        r"\b(?:departements|unites|localites|services|agences|branches|districts|entreprises|la province|"
        r"prefets|gouverneurs|maires|collectivites|ministeres|(?<!conseil des )ministres|administrations|structures|"
        r"etablissements|"
        # "D'ici à l'été, chaque ministère devra réduire ...": each of a group, in the singular
        r"chaque\s+(?:ministere|prefet|prefecture|service|administration|departement|direction|operateur|"
        r"etablissement|collectivite|commune|agence))\b"
    ),
    subject_starters=words(
        "le la les l un une des ce cet cette ces il elle ils elles nous on camarade m mme au aux en lors selon "
        "depuis dans pendant apres ainsi par cependant toutefois outre sur son sa ses leur leurs tous toutes "
        "chaque plusieurs certains certaines etaient etait y quant notre votre autre entre contre pour parmi "
        "avec sans sous vers chez malgre grace si lorsque quand comme dirigeants chacun chacune nul aucun aucune "
        # "Tout projet de loi devra ...", "Je ne veux plus ...": a determiner, a speaker
        "tout toute je"
    ),
    imperative=re.compile(
        r"(?:poursuivre|continuer|renforcer|examiner|evaluer|analyser|clarifier|mettre|revoir|attention|accorder|"
        r"achever|finaliser|soumettre|elaborer|presenter|rendre|organiser|coordonner|veiller|assurer|garantir|"
        r"promouvoir|ameliorer|accelerer|developper|construire|deployer|proposer|conseiller|etudier|publier|"
        r"diffuser|mobiliser|planter|atteindre|realiser|completer|terminer|rediger|preparer|proceder|"
        r"inspecter|controler|superviser|suivre|numeriser|etablir|creer|investir|allouer|prioriser|reduire|"
        r"augmenter|proteger|reviser|actualiser|moderniser|simplifier|former|identifier|resoudre|traiter|"
        r"concentrer|accentuer|intensifier|encourager|soutenir|priorite|activement|proactivement|rapidement|"
        r"urgemment|charger|demander|inviter|prendre|faire|donner)\b"
    ),
    infinitive=re.compile(r"[a-z]{3,}(?:er|ir|re|oir)\b"),
    narration_view="lower",
    past_time=re.compile(
        r"\b(?:l'an (?:dernier|passe)|l'annee (?:derniere|passee)|le mois (?:dernier|passe)|precedemment|"
        r"auparavant|anterieurement|il y a (?:\w+ )?(?:jours|semaines|mois|ans))\b"
    ),
)

#: Adverbs between "får" and "i uppdrag", the subject before them: "Utredaren får nu även i uppdrag att ...",
#: "Utredaren får därför i uppdrag att också ...".
_SV_ADVERBS = (
    r"(?:(?:nu|aven|ocksa|dessutom|vidare|samtidigt|darutover|harmed|dartill|aterigen|ytterligare|darfor)\s+){0,3}"
)

#: How often a standing duty is done, and the verbs of reporting in the present (folded view).
_SV_RHYTHM = r"manadsvis|kvartalsvis|halvarsvis|tertialsvis|tertialvis|veckovis|arligen|arsvis"
_SV_REPORTS = r"redovisar|rapporterar|aterrapporterar|lamnar|redogor|sammanstaller|foljer upp|uppdaterar"

SV = Cues(
    view="folded",
    request=re.compile(
        # (every alternative below starts with one of these first two letters, a cheap test; keep in sync)
        r"(?=al|b[ae]|f[ao]|g[aei]|in|kr|up)(?:"
        r"\b(?:begarde|begar|bad|ber|uppdrog|uppdrogs|uppdrar|uppmanade|uppmanar|alade|alagger|alagt|instruerade|instruerar|"
        r"kravde|kraver|gav)\b|\b(?:ger|ge|gav|gett|givit)\b(?=\s[^.;]{1,80}?\bi uppdrag\b)"
        # a supervisor's injunction: "Länsstyrelsen förelägger X att senast ...", "Nämnden förelade bolaget att ..."
        r"|\b(?:forelagger|forelade)\b(?=\s[^.;]{1,80}?\batt\b)"
        # "att uppdra åt X att ...", "Vidare får provinspolisen i uppdrag att ...": the addressee after the verb
        # "beslöt ... uppmana bildningssektorn att ...": the infinitive of a decision's clause
        r"|\buppdra\b(?=\s+at\b)|\buppmana\b(?=\s[^.;]{1,80}?\batt\b)"
        # "beslutar att 2. begära att X senast ... redovisar ...": a decision's clause asking a unit, its verb after it
        r"|\bbegara\b(?=\s+att\s)"
        # "Styrelsen\n– förutsätter att förvaltningsdirektören snarast tillsätter ...": a Finnish board's clause
        # expecting a unit to act, its verb after it (an item's or the board's own, not "Planen förutsätter att",
        # "Planen som antogs av kommunfullmäktige förutsätter att ...": the body the agent of a plan's adoption)
        r"|(?:(?<![\w,]\s)(?<![\w,])|(?<=styrelsen\s)|(?<=namnden\s)|(?<=fullmaktige\s))"
        r"(?<!\bav kommunfullmaktige\s)(?<!\bav fullmaktige\s)(?<!\bav regionfullmaktige\s)"
        r"(?<!\bav kommunstyrelsen\s)(?<!\bav styrelsen\s)(?<!\bav regionstyrelsen\s)forutsatter\b(?=\s+att\s)"
        r"|\bfar\b(?=\s+(?!" + _SV_ADVERBS + r"i uppdrag\b)[^.;]{1,80}?\bi uppdrag\b)"
        r")"
    ),
    complement=re.compile(r"\batt\b"),
    modal=re.compile(
        r"\b(?:(?:ska|skall) (?:ocksa |aven |dessutom |vidare )?(?:utredaren|utredningen)|"
        # (not "Förvaltningen behöver ett samlat underlag", "behöver mer tid", "behöver fler platser", "behöver
        # ytterligare resurser": a need of a thing, its noun after a determiner or a quantity, no work; "behöver
        # ytterligare utreda" is one)
        r"ska|skall|maste|behover(?! (?:ett|en|nagot|nagon|nagra|inget|ingen|inga|mer|mera|fler|flera|mycket|"
        r"manga|sin|sitt|sina) | ytterligare (?!\w+a\b))|bor|(?:far|ges) "
        + _SV_ADVERBS
        + r"i uppdrag|ansvarar for|har ansvar for|"
        # a news report of the meeting: "Regiondirektören fick samtidigt i uppdrag att ...", the same occasion
        r"fick (?:nu|samtidigt|ocksa|aven|dessutom|darfor|i dag|idag|"
        # "Förvaltningen fick på måndagen i uppdrag att ...", "fick vid sammanträdet i uppdrag": the meeting's day
        r"(?:pa|under|vid) (?:mandagen|tisdagen|onsdagen|torsdagen|fredagen|motet|sammantradet|dagens mote))\s+"
        + _SV_ADVERBS
        + r"i uppdrag|"
        # a news story's present perfect: "Kommunen har fått i uppdrag att senast ...", "Verket har på länets begäran
        # fått i uppdrag att ..." (one told from before is left out: _SV_PERFECT_EARLIER in directives)
        r"har (?:[a-z]+ ){0,4}?fatt " + _SV_ADVERBS + r"i uppdrag|"
        # "X föreläggs att ...": a supervisor's injunction in the passive
        r"har i uppdrag|ska ansvara|uppmanas|ombeds|uppdras|forelaggs(?= att\b)|"
        # a standing duty in the present, with its rhythm: "att ekonomichefen kvartalsvis redovisar ...", "Verket
        # lämnar årligen en rapport ...": an obligation without "ska"
        r"(?:" + _SV_RHYTHM + r") (?:" + _SV_REPORTS + r")|(?:" + _SV_REPORTS + r") (?:" + _SV_RHYTHM + r"))\b"
    ),
    strong_modal=re.compile(
        r"uppmanas|ombeds|(?:far|ges) "
        + _SV_ADVERBS
        + r"i uppdrag|uppdras|forelaggs(?= att\b)|(?:ska|skall) (?:\w+ )?utred"
    ),
    past_before_modal=None,
    narration=re.compile(
        r"\b(?:har|hade|deltog|redogjorde|var|blev|uppnadde|delade|erkande|uppskattade|tog|presenterade|"
        r"rapporterade|konstaterade|bidragit|informerade|lanserade|genomfordes)\b"
    ),
    leadin_strong=re.compile(
        r"\b(?:betonade|begarde|bad|uppdrog|slutsats\w*|understrok|uppmanade|alade|kravde|framholl|"
        r"instruerade|avslutningsvis|pekade pa|gav (?:foljande )?(?:riktlinjer|instruktioner|direktiv)|"
        r"enligt foljande|foljande beslut)\b"
    ),
    leadin_weak=re.compile(r"\b(?:foljande|uppgifter(?:na)?|atgarder(?:na)?)\b"),
    relative=re.compile(r"\b(?:som|vilka|vilket|vilken|dar)\b"),
    generic_subject=re.compile(
        r"\b(?:departementen|departement|enheterna|myndigheterna|orterna|kommunerna|avdelningarna|foretagen|"
        r"distrikten|distrikt|provinsen|utredaren|utredningen|utredare|regeringen|"
        # "Kommittén ska analysera ...", "En parlamentarisk kommitté ska se över ...": an inquiry's committee, as
        # its investigator ("utredaren")
        r"kommitten|kommitte|"
        # "att samtliga nämnder ska ta fram ...", "Alla förvaltningar ska ...", "Nämnderna ska ...": a group
        # ("Samtliga avdelningar ska lämna sina äskanden ...", "Alla enheter ska ...": a government's departments)
        r"(?:samtliga|alla)\s+(?:namnder|forvaltningar|bolag|styrelser|myndigheter|kommuner|avdelningar|enheter|"
        r"sektorer)|"
        # "Samtliga enhetschefer ska se till att ...", "Alla förvaltningschefer ska ...", "Avdelningscheferna ska
        # ...": the heads of the units at large, a group
        r"(?:samtliga|alla)\s+\w*chefer|\w*cheferna|"
        # "Handläggarna ska fortsättningsvis informera ...", "Inspektörerna ska ...", "Tjänstemännen ska ...": the
        # staff at large, no unit
        r"\w*handlaggarna|\w*inspektorerna|tjanstemannen|medarbetarna|personalen|de\s+anstallda|"
        r"\w*(?:namnderna|forvaltningarna)|"
        # "Välfärdsområdena ska ...", "Länsstyrelserna ska ...", "Regionerna ska ...": units of a kind, in the plural
        r"\w*(?:omradena|styrelserna)|regionerna|"
        # "att nämnder och bolag ska rapportera ...", "att förvaltningar ska ...": the municipality's bodies at large
        r"(?:namnder|forvaltningar)(?:\s+och\s+(?:de\s+)?(?:kommunala\s+)?bolag(?:en)?)?|"
        # compounds name units: "fritidsförvaltningen", "kulturnämnden", "kommunstyrelsen", "Trafikverket"
        r"\w*(?:forvaltningen|namnden|styrelsen|myndigheten|kontoret|verket|"
        # "Högskolan ska redovisa ...", "Lärosätet ska ...", "Universitetet ska ...": a regleringsbrev's university,
        # by its kind, the subject of its modal (not "Högskolan slutredovisade uppdraget ...": told)
        r"(?:hogskolan|universitetet|larosatet)(?=,?\s+(?:ska|skall|bor|maste|far|behover)\b|\s*$)|"
        # "Utskottet ska även ...", "Direktionen ska ...", "Kansliet ska ...", "Avdelningen ska ...": a body named
        # by its kind, the one named before (not "allmänheten": the public)
        r"utskottet|direktionen|kansliet|sekretariatet|avdelningen)|enheten)\b"
    ),
    subject_starters=words(
        "den det de denna detta dessa en ett han hon vi man kamrat vid under enligt i pa efter sedan dessutom "
        "samtidigt som hittills ledarna ledare representanter alla varje flera manga nagra dess deras hans "
        "hennes var med fran till for angaende infor trots nar om bada"
    ),
    imperative=re.compile(
        r"(?:fortsatta|samordna|genomfora|delta|overvaga|implementera|uppmarksamma|instruera|aktivt|proaktivt|"
        r"slutfora|fardigstalla|lamna|skicka|rapportera|sakerstalla|starka|fokusera|fokus|prioritera|"
        r"utveckla|bygga|organisera|granska|se over|utvardera|digitalisera|sprida|oka|forbattra|uppdatera|"
        r"utfarda|tillhandahalla|inspektera|overvaka|folja|planera|upprata|anordna|paskynda|investera|"
        r"minska|skydda|plantera|uppna|stodja|uppmuntra|mobilisera|publicera|valja|foresla|styra|"
        r"underhalla|anvanda|skyndsamt|omedelbart|snarast|se till|se|ge|ta|na|ga|sta|fa)\b"
    ),
    infinitive=re.compile(r"(?:[a-z]+t\s+)?[a-z]{2,}a\b"),
    past_time=re.compile(r"\b(?:tidigare|forra (?:aret|manaden|veckan)|i fjol|ifjol|for \w+ (?:\w+ )?sedan)\b"),
)

_VI_NOT_REQUEST = (
    # "nút giao" is a road junction; "chuyển giao về địa phương quản lý 61 cơ sở" a transfer, no order
    # "giải ngân chưa đạt yêu cầu", "bảo đảm đúng yêu cầu": a requirement met or not, a noun
    r"(?<!đạt )(?<!đúng )"
    r"(?<!đáp ứng )(?<!theo )(?<!các )(?<!những )(?<!có )(?<!được )(?<!bàn )(?<!với )(?<!số )(?<!nút )(?<!chuyển )"
    # "hoàn thiện hồ sơ đề nghị công nhận": a file or a submission that asks, a noun, no request ("lập danh sách đề
    # nghị hỗ trợ": a list that asks, too)
    r"(?<!hồ sơ )(?<!tờ trình )(?<!văn bản )(?<!danh sách )"
    # "bảo đảm đúng thời hạn yêu cầu", "kịp tiến độ yêu cầu": the time or the pace required, a noun's modifier
    r"(?<!hạn )(?<!tiến độ )"
    # "tuyệt đối không yêu cầu người dân nộp thêm giấy tờ": what the unit must not ask, the order's own limit
    r"(?<!không )(?<!chưa )"
)
#: The kind of a board ("Ban ...") named after "giao": "Giao Ban cán sự đảng ...", "giao Ban Quản lý dự án ..."
#: (lower-case view), where "giao ban" is no routine meeting ("họp giao ban", "giao ban tuần").
_VI_BOARD_KIND = (
    r"(?:cán sự|quản lý|tuyên giáo|tổ chức|dân vận|nội chính|chỉ đạo|chỉ huy|thường vụ|pháp chế|dân tộc|đô thị|"
    r"bồi thường|tiếp công dân|thi đua|an toàn giao thông)\b"
)
VI = Cues(
    view="lower",
    request=re.compile(
        # "các hộ đề nghị được bồi thường theo giá cao hơn": what one asks to be given, no order to anyone; "Về đề nghị
        # của UBND tỉnh X ...": a unit's request (a noun), answered
        # (every alternative below starts with one of these first two letters, a cheap test; keep in sync)
        r"(?=yê|đề|gi|ph|ủy|uỷ|lư|nh)"
        rf"{_VI_NOT_REQUEST}\b(?:(?:yêu cầu|đề nghị)(?! được\b| của\b)"
        # "kế hoạch vốn Thủ tướng Chính phủ giao, ...": a plan as given, no addressee after the verb ("... bằng
        # 76,4% dự toán Trung ương giao." too, the unit read without its full stop)
        # "họp giao ban tuần", "giao ban lãnh đạo Sở": a routine meeting, no order; but "Giao Ban cán sự đảng UBND
        # tỉnh lãnh đạo ...", "giao Ban Quản lý dự án ...": a board given work (a board's kind after "ban", no meeting
        # before)
        # "dự, trao quyết định và phát biểu giao nhiệm vụ": a ceremony's speech told, no addressee; "tham mưu UBND tỉnh
        # giao vốn chi tiết": capital allocated (a budget's act), not work given to a unit; so are staff numbers and
        # estimates ("trong phương án giao biên chế năm 2027", "giao dự toán ngân sách")
        rf"|(?<!họp )(?<!biểu )giao(?! thông| dịch| lưu| thương| nhận| ban(?! {_VI_BOARD_KIND})| đất| kết| tiếp| diện"
        # "đường dây 500 kV giao cắt với tuyến", "nút giao lộ": lines or roads that cross, no order
        r"| thoa| vốn\b| biên chế| dự toán| nhiệm vụ,| cắt\b| lộ\b"
        r"|\s*[,.;]|\s*$)"
        # "Phó Chủ tịch cũng lưu ý tình trạng ngập úng ...": a situation pointed out, no one asked (not "lưu ý các
        # địa phương ...", "lưu ý Sở Y tế ...")
        # ("Thừa ủy quyền của Chủ tịch nước, X đã trao ...": acting by another's authority, a formula, no order)
        r"|phân công|(?<![tT]hừa )(?:ủy|uỷ) quyền|ủy nhiệm|uỷ nhiệm"
        r"|lưu ý(?! (?:tình trạng|hiện tượng|thực trạng|nguy cơ)\b)"
        r"|nhắc nhở)\b"
    ),
    complement=None,
    modal=re.compile(
        # "chủ yếu do phải xác minh hóa đơn": a cause ("because it had to"), no obligation
        r"\b(?:cần(?! thiết)|(?<!\bdo )(?<!\bvì )(?<!\bbởi )phải|có trách nhiệm|chịu trách nhiệm|"
        # "dưới sự chủ trì của ...", "với sự chủ trì của ...": who chaired a meeting (a noun), no task
        r"(?<!sự )chủ trì(?! (?:cuộc họp|buổi|hội nghị|phiên|kỳ họp|họp|hội thảo|lễ))|khẩn trương)\b"
        r"(?![^;.]{0,60}\bnếu\b)"  # "chịu trách nhiệm ... nếu để chậm": accountability, no task
    ),
    strong_modal=re.compile(r"chủ trì|khẩn trương"),
    past_before_modal=re.compile(r"\b(?:đã|đang|vừa)\s+(?:\S+\s+)?$"),
    narration=re.compile(
        r"\b(?:đã|vừa|đang|tham dự|dự họp|có mặt|cho biết|trình bày|ghi nhận|biểu dương|đánh giá cao|"
        r"báo cáo về)\b"
    ),
    leadin_strong=re.compile(
        r"\b(?:kết luận|yêu cầu|đề nghị|chỉ đạo|giao|nhấn mạnh|lưu ý|kiến nghị|như sau|nhiệm vụ trọng tâm|"
        r"thời gian tới)\b"
    ),
    leadin_weak=re.compile(r"\b(?:sau đây|nhiệm vụ|giải pháp)\b"),
    relative=re.compile(r"\b(?:mà|nơi)\b"),
    generic_subject=re.compile(
        r"\b(?:các sở|các ngành|các địa phương|địa phương|các đơn vị|các cơ quan|các huyện|các doanh nghiệp|"
        r"chủ đầu tư)\b"
    ),
    subject_starters=words(
        "các những một hội buổi đồng ông bà tại trong theo năm thời qua hiện đến bên tuy ngoài đây đó đoàn "
        "lãnh toàn kết tổng tính với về sau nhìn nhờ do vì này cùng tỉnh lực số khoảng"
    ),
    imperative=re.compile(
        # an adverb of manner before the verb: "trực tiếp chỉ đạo", "thường xuyên kiểm tra", "tích cực vận động"
        r"(?:(?:trực tiếp|thường xuyên|tích cực|nghiêm túc|nhanh chóng|chặt chẽ)\s+)?"
        r"(?:khẩn trương|tập trung|chủ động|tiếp tục|rà soát|hoàn thành|hoàn thiện|đẩy mạnh|tăng cường|"
        r"triển khai|xây dựng|nghiên cứu|chỉ đạo|phối hợp|thực hiện|tổ chức|đôn đốc|kiểm tra|báo cáo|"
        r"tham mưu|đề xuất|quan tâm|bố trí|ưu tiên|nâng cao|đảm bảo|bảo đảm|cập nhật|hướng dẫn|theo dõi|"
        # ("độc lập" is no verb: the national motto of a letterhead, "Độc lập - Tự do - Hạnh phúc")
        # ("các chủ đầu tư phải ...": the investor, a noun, not the verb "đầu tư")
        r"giải quyết|(?<!chủ )đầu tư|phát triển|(?<!độc )lập|trình|ban hành|số hóa|số hoá|đánh giá(?! cao)|hỗ trợ|"
        r"quyết liệt|làm tốt|"
        r"khắc phục|xử lý|quản lý|giao|yêu cầu|đề nghị|sớm|kịp thời|chú trọng|huy động|trồng|phấn đấu|"
        r"duy trì|mở rộng|nhân rộng|tuyên truyền|lựa chọn|công bố|gửi|nộp|hoàn tất|tổng hợp|chuẩn bị|"
        # "tổng kết, báo cáo UBND tỉnh trước ngày ...": sum up a campaign (not "tổng kết năm", a review's noun)
        r"tổng kết(?=\s*(?:,|(?:và|đánh giá|báo cáo|rút kinh nghiệm|việc|công tác|thực hiện)\b))|"
        r"khảo sát|thống nhất|vận động|kiện toàn|sắp xếp|chấn chỉnh|tạo điều kiện|thúc đẩy|rút kinh nghiệm|"
        r"thành lập|đẩy nhanh|"
        # "Bệnh viện Nhi tỉnh cử bác sĩ ... hỗ trợ ...": send staff (not "cử tri", voters; "cử nhân", a graduate)
        r"cử(?! tri| chỉ| nhân| hành)|"
        # "UBND huyện X hoàn chỉnh hồ sơ, gửi Sở Tài chính thẩm định ...": finish a file (not "hồ sơ hoàn chỉnh", after
        # its noun); "làm rõ nguyên nhân", "tiếp thu ý kiến", "phổ biến đến ...", "giám sát chặt chẽ ..."
        r"hoàn chỉnh|làm rõ|tiếp thu|phổ biến|giám sát|"
        # "Mở chuyên mục tuyên truyền ...", "mở đợt cao điểm ..." (not "mở đầu", "mở ra"); "Điều tra, xử lý ..."
        r"mở(?! đầu| màn| ra\b)|điều tra(?! viên)|"
        # a party committee's verbs: "Ban Tuyên giáo ... định hướng các cơ quan báo chí ...", "quán triệt đến ..."
        r"định hướng(?= (?:các|cho|những|dư luận|thông tin|báo chí|công tác))|quán triệt|"
        # verbs of the budget and of works: appraise, balance, allocate, disburse, repair, dredge, hand over
        r"thẩm định|cân đối|bổ sung|phân bổ|giải ngân|sửa chữa|nạo vét|cung cấp|vận hành|kiểm soát|thanh tra|"
        r"xác minh|thu hồi|bàn giao|lắp đặt|sơ tán|di dời|ứng phó|điều chỉnh|"
        # "Bộ Chỉ huy Quân sự tỉnh điều động lực lượng ...": mobilise forces (not "lệnh điều động", after its noun)
        r"điều động|"
        # "Bộ Chỉ huy Quân sự tỉnh sẵn sàng lực lượng, phương tiện ...", "sẵn sàng phương án ứng cứu": have the
        # means ready (not "luôn sẵn sàng", a disposition, nor "sẵn sàng cho", a state)
        r"sẵn sàng(?= (?:lực lượng|phương tiện|phương án|các phương án|nhân lực|vật tư|kinh phí|trang thiết bị|"
        r"thiết bị|hỗ trợ|ứng cứu|ứng phó|tham gia|tiếp nhận|cứu hộ|cứu nạn|hậu cần)\b)|"
        # "tăng thời lượng đưa tin ..." (raise the airtime, not "tăng 12%": a result), "đưa việc ... vào chương
        # trình kiểm tra" (put on the programme, not "đưa ra ý kiến")
        r"tăng (?:thời lượng|tần suất|số lần)|đưa(?! ra\b)|"
        # "Giám đốc Sở Giáo dục và Đào tạo quyết định cho học sinh nghỉ học": the verb, not "Quyết định số ..."
        r"quyết định(?= (?:cho|việc|phương án|thời điểm|tạm dừng|dừng|đóng|mở)\b)|"
        # "UBND xã X thông báo cho chủ tàu thuyền ...", "thông báo đến người dân": the verb, not "Thông báo số ...",
        # nor the closing "Văn phòng UBND tỉnh thông báo để các cơ quan ... biết"
        r"thông báo(?= (?:cho|đến|tới|rộng rãi|công khai)\b))\b"
    ),
    infinitive=None,
    past_time=re.compile(r"\b(?:trước đó|trước đây|năm trước|năm ngoái)\b"),
)

CUES = {"en": EN, "fr": FR, "sv": SV, "vi": VI}

#: Coordination is marked alike in every language; one pattern serves all (folded view).
COORDINATION = re.compile(
    # "to coordinate outreach with the County Health Department": the work's object between the verb and "with"
    r"\b(?:(?:coordinat|cooperat|collaborat)\w*\s+(?:(?:the|its|their|all|any)\s+)?(?:[a-z-]+\s+){0,3}?with|"
    r"in\s+(?:close\s+)?(?:coordination|cooperation|collaboration|consultation|"
    # "in liaison with the DHO" (and its common misspelling "liason"), "in conjunction with"
    r"partnership|liai?son|conjunction)\s+with|together\s+with|jointly\s+with|"
    # "The Revenue Department, along with ASDMA, was asked to ...": the unit named second helps
    r"along\s+with|work(?:ing|s)?\s+(?:closely\s+)?with|"
    # "to set up a joint inspection team with the Fire Service": the other body of the joint work helps
    r"joint\s+(?:[a-z-]+\s+){1,3}?with|"
    # "they will be assisted by X", "il travaillera avec X", "assisté par X": a helper named
    r"(?:assisted|supported)\s+by|travaill\w*\s+(?:etroitement\s+)?avec|(?:assistee?s?|appuyee?s?)\s+par|with\s+(?:the\s+)?(?:support|"
    r"participation|assistance|cooperation|help)\s+(?:of|from)|"
    # "Develop a Waste Management Strategy with input from Corporate Services on ...": the unit that contributes
    r"with\s+(?:the\s+)?input\s+(?:of|from)|"
    # "Với sự phối hợp của Sở Y tế, ...": the unit that helps
    r"voi\s+su\s+(?:phoi\s+hop(?:\s+chat\s+che)?|tham\s+gia|ho\s+tro|giup\s+do)\s+cua|"
    r"phoi\s+hop(?:\s+chat\s+che)?(?:\s+voi|\s+cung)?|cung\s+voi|"
    # ("en partenariat avec le Service de police": the partner of the work helps)
    r"en\s+(?:etroite\s+)?(?:coordination|collaboration|concertation|liaison|cooperation|relation|lien|partenariat|"
    # ("en synergie avec la Division X": the Central African communiqués' word for it)
    r"synergie)"
    r"\s+avec|"
    # "se rendre sur les lieux avec une délégation de la Commission X": the body whose delegation goes with him
    r"avec\s+(?:une|la|sa|leur)\s+delegation\s+(?:de\s+la|de\s+l'|du|des|de|d')|"
    # "lui a demandé, ainsi qu'aux Gouverneurs des régions concernées, d'intensifier ...": those asked with it
    r"(?<=,\s)ainsi\s+qu'\s*(?:a|au|aux)\s+(?=[^.;]{3,160}?,\s*(?:de|d')\s*\w)|"
    # "en rapport avec le Ministre de la Santé": the Sahel's communiqués' way of naming the minister who helps (not
    # "les dossiers en rapport avec le ministère": related to it)
    r"en\s+rapport\s+avec(?=\s+(?:le|la|les|l'|ses|son|sa|leurs?)\s*(?:ministres?|secretaires?|gouverneurs?|prefets?|"
    r"directeurs?|directrices?|collegues?|homologues?|responsables?|chefs?|autorites|services|partenaires)\b)|"
    # "Le Directeur du Budget examinera avec le Directeur de X les possibilités de ...": the head he works it out with
    r"(?:examin|etudi|analys|evalu|elabor)\w*\s+avec(?=\s+(?:le|la|les|l')\s*(?:ministres?|secretaires?|gouverneurs?|"
    r"prefets?|directeurs?|directrices?|directions?|services?|responsables?|chefs?|agences?|offices?)\b)|"
    r"(?:se\s+)?coordonner\s+avec|"
    # "Sous la coordination du Secrétaire général, la Direction X dressera ...": the unit that steers helps
    r"sous\s+(?:la\s+|l')(?:coordination|supervision|houlette|egide)\s+(?:de\s+la|de\s+l'|du|des|de|d')|"
    # "des mesures de prévention, coordonnées avec l'Office X", "un plan coordonné avec Y": the work done with X
    r"coordonnee?s?\s+avec|"
    r"(?:se\s+)?concert\w*\s+avec|consult(?:s|ing)?\s+with|samrad(?:a|er|de)?\s+med|"
    # "was asked to follow up with the County of X and report back", "to liaise with the Water Board": the body
    # the work is taken up with helps
    r"follow(?:s|ing)?\s+up\s+with|liais(?:e|es|ing)\s+with|"
    # "négocier avec les Hôpitaux universitaires X un avenant": the other party of the work takes part in it;
    # "en associant les Transports publics X", "d'intensifier, avec le Ministre de X, les opérations": an aside
    # ("en mobilisant la Régie des Eaux": the unit put to work on it)
    r"negoci\w*\s+avec|en\s+(?:y\s+)?(?:associant|mobilisant)|"
    r",\s*avec(?=\s+(?:les?|la|l')\s*(?!(?:appui|soutien|participation|concours)\b)[a-z])|"
    # "be directed to prepare, with the Regional Treasurer, an estimate of ...": the partner in an aside
    r",\s*with(?=\s+the\s+(?!(?:exception|help|aim|view|effect|regard|respect|objective|goal|purpose|support|"
    r"assistance|participation)\b)[^,.;]{3,80},)|"
    r"conjointement\s+avec|conjointe?s?\s+avec|cooper\w*\s+avec|collabor\w*\s+avec|avec\s+(?:l'appui|le\s+soutien|la\s+participation|le\s+concours)\s+(?:des\b|d[eu']?)|"
    # "i nära dialog med X", "i tät samverkan med X": the same, its closeness said
    r"samordna\w*\s+med|i\s+(?:(?:nara|tat|lopande|nara\s+och\s+lopande)\s+)?(?:samarbete|samrad|samverkan|samordning|dialog)\s+med|"
    r"tillsammans\s+med|samarbeta\w*\s+med|"
    r"med\s+stod\s+(?:av|fran)|"
    # "X ska bistå Regionservice med ...", "att bistå Statens vatteninstitut med underlag": the unit helped takes part
    # (not "ska på begäran bistå Regeringskansliet (X-departementet) med analyser": the principal served)
    r"bista(?:r|tt)?(?=\s)(?!\s+regeringskansliet\b)|"
    # "analysera kostnaderna med underlag från socialförvaltningen", "utifrån underlag från X": X provides the input
    r"(?:med|utifran)\s+underlag\s+fran|"
    # "efter att ha inhämtat synpunkter från X och Y", "stämma av förslaget med X", "efter samråd med X": those
    # consulted take part in the work
    r"(?:inhamta\w*|hamta\w*\s+in)\s+(?:synpunkter|underlag|erfarenheter|kunskap)\s+fran|"
    r"stamma\w*\s+av\s+(?:[a-z]+\s+){0,2}?med|efter\s+samrad\s+med|"
    # "ska utredaren ha en nära dialog med X", "föra en löpande dialog med X": X takes part in the work
    r"(?:ha|fora)\s+(?:en\s+)?(?:nara\s+|lopande\s+|kontinuerlig\s+|regelbunden\s+|tat\s+)?dialog\s+med|"
    # "Utredaren ska hålla Livsmedelsverket och SGU informerade om arbetet", "keep the Finance Department
    # informed", "hålla SKR informerat" (the neuter with a body's name): the units kept informed take part (not
    # "hålla Regeringskansliet (X-departementet) informerat": the principal the inquiry reports to)
    r"hall(?:a|er)\s+(?!regeringskansliet\b)(?=[^.;]{3,200}?\b(?:informera[dt]e?|underratta[dt]e?)\b)|"
    r"keep(?:s|ing)?\s+(?=[^.;]{3,120}?\b(?:informed|apprised)\b))"
)
LEAD_AFTER = re.compile(
    r"\s*,?\s*(?:chu tri|lam dau moi|(?:to |shall |will )?takes? the lead|as (?:the )?(?:lead|focal point)|"
    r"(?:en tant que |comme )?chef de file|ansvarar|har huvudansvaret|som huvudansvarig|ska leda)\b"
)
LEAD_BEFORE = re.compile(
    r"(?:led by|under the (?:lead|leadership|direction|chairmanship) of|"
    r"sous la (?:direction|conduite|houlette) d[eu']?|"
    r"pilote par|under ledning av|ledd av)\s*(?:the\s+|le\s+|la\s+|l')?$"
)
#: Words a list of departments may have between its names ("the", "and", "leaders of", "các").
GAP_WORDS = words(
    "the a an and or as well also other relevant concerned respective all of for with leaders leadership "
    "representatives heads le la les l des du de d au aux a et ainsi que ou ses son leurs dirigeants responsables "
    "cac va cung voi lanh dao dai dien nhung den det och samt med ledare ledarna representanter "
    "departments agencies localities units sectors branches so nganh dia phuong don vi co quan departements "
    "services unites localites avdelningar enheter orter myndigheter districts huyen thi xa thanh pho "
    "tp city town cities towns provincial province tinh att at that que phong ban divisions offices "
    # "the People's Committees of An Giang, Ca Mau provinces and Can Tho city": the places' kind after the list
    "provinces "
    # "the District Civil Supplies Officer": the district's officer of the unit
    "district "
    "trach nhiem nhiem vu cho tan new "
    # "charge la direction de l'école communale de ...", "the management of X": the unit it manages
    "direction management ledningen "
    # "the Hospitals Management Board and the Office of the Head of Service": the office of a head is his unit
    "office "
    # between a request verb and its addressee: "a demandé mercredi au gouvernement", "asked today the ..."
    "lundi mardi mercredi jeudi vendredi samedi dimanche egalement aussi notamment encore ensuite enfin donc "
    "hier today yesterday "
    # the giver after the verb, in a Swedish inverted clause: "Vidare ger regeringen X i uppdrag"
    "regeringen kommunstyrelsen kommunfullmaktige namnden fullmaktige regionfullmaktige regionstyrelsen styrelsen "
    # "Dessutom ålade statsrådet X att ...": Finland's government, in its Swedish
    "statsradet "
    # the head addressed for the unit: "giao Giám đốc Sở Xây dựng", "yêu cầu Thủ trưởng Sở Y tế", "giao Chủ tịch
    # UBND xã X"
    "giam doc thu truong chu tich "
    # "phối hợp với Công an thành phố và Ủy ban nhân dân các phường Tân An, Bình Yên": the wards' committees
    "uy nhan dan ubnd "
    # "Regeringen uppdrar vidare åt justitiedepartementet", "ger dessutom X i uppdrag"
    "vidare dessutom aven ocksa darutover harutover samtidigt "
    # a circular's vocative before its addressee: "Vous voudrez bien, Monsieur le directeur de la police"
    "monsieur madame directeur directrice "
    # the same civility abbreviated before a title: "Mme la sous-préfète de X", "M. le secrétaire général"
    "m mme mmes mlle "
    # a unit's local office named around its acronym: "la DDT et le service départemental de l'OFB", "la délégation
    # départementale de l'ARS"
    "service delegation departemental departementale regional regionale territorial territoriale "
    # the writer's own: "mon directeur de cabinet", "mes services"
    "mon mes notre nos "
    # the minister for his ministry, by the portfolio the directory names: "le ministre de l'Enseignement de base",
    # "la ministre déléguée chargée de la Transition numérique"
    "ministre ministres delegue deleguee charge chargee "
    # a motion's next clause: "and further That the Finance Department ..."
    "further furthermore "
    # "directed the officials of the Revenue Department to ...": a unit's officials stand for it
    "officials officers "
    # "tillsammans med förvaltningscheferna för barn- och utbildningsförvaltningen och socialförvaltningen", "i samråd
    # med chefen för ekonomiavdelningen": the heads named by the units they head stand for them
    "chefen cheferna forvaltningschefen forvaltningscheferna avdelningschefen avdelningscheferna direktoren "
    "direktorerna"
)
#: "... chịu trách nhiệm ... nếu để chậm", "responsible if": accountability, not a task.
ACCOUNTABILITY = Gated(
    re.compile(
        r"\b(?:chiu trach nhiem|(?:is|are|be|held) (?:personally )?responsible|responsables?|ansvarig\w*|ansvarar)\b"
        r"[^;.]{0,60}\b(?:neu|if|si|om)\b"
    )
)
AS_FOLLOWS_END = Gated(
    re.compile(r"(?:as follows|the following|nhu sau|sau day|comme suit|suivantes?|enligt foljande|foljande)\s*$")
)
