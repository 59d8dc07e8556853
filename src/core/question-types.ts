// The types the modules of retrieval share: a question's concepts and what it expects, the
// analysed question, a ranked sentence, a retrieval. (Their limits and weights are in weights.ts.)

export interface Concept {
  /** The reader's word (or phrase), as reported when the documents never mention it. */
  word: string
  /** How much this concept matters to the question. */
  salience: number
  /**
   * Index term → how well it stands for the concept (1 = the word itself). (Read by its keys and
   * get where it is read for every question: `for (const [t, w] of alts)` made an entry array
   * for each alternative, ~65 bytes, which the optimiser kept.)
   */
  alts: Map<string, number>
  /** True when at least one alternative occurs in the corpus. */
  known: boolean
  /** True when the word itself (or its typo's correction) occurs in the corpus. */
  mentioned: boolean
  /** Borrowed from earlier turns to resolve a follow-up; never reported as missing. */
  fromHistory: boolean
  /** Written as a name ("Redis", "GraphQL", "ECS"). */
  name?: boolean
  /** The parts of a compound ("sign", "cooki" of getSignedCookie): all of them together stand for it. */
  parts?: string[]
  /**
   * A name said only where the reader tells about their setup ("… from our IdP"), beside a
   * question of what the documents do cover: it sets the scene, it is not what they ask about.
   */
  told?: boolean
  /**
   * Alternatives that count only in a sentence that denies them, each with the bare form the
   * word must have there (see addDenied): the reader's "unstable" is the documents' "lack of …
   * stable", never their plain "stable".
   */
  deniedIn?: Map<string, string>
  /** The documents' word the reader's typo was corrected into, as they write it ("defualt" → default). */
  respelled?: string
  /**
   * A word that frames the question where it stands, as FRAME_WORDS do anywhere: "built" of
   * "built-in" (whether a thing comes with it). Weighed as a frame word, and as nothing where
   * a question's words are weighed for the page they name (see pageAsked).
   */
  frame?: boolean
  /**
   * A word of the scope a how-to question closes on ("routes" of "… for all routes", "globally"):
   * where the doing applies, weighed as a placing word, and as nothing where the question's words
   * are weighed for the page or section they name (see pageAsked, headingAsked).
   */
  scope?: boolean
  /**
   * A word the question implies by how it asks ("aim" of "what are they trying to do?": see
   * IMPLIED), not one the reader wrote: never reported as missing.
   */
  implied?: boolean
}

/** What an answer must hold: a number, a person, or a person's name (who made something). */
export type Expectation = 'number' | 'person' | 'name'

export interface AnalysedQuestion {
  concepts: Concept[]
  expects?: Expectation
  /** A follow-up ("What does it include?") with no earlier turn to say what "it" is. */
  unresolved: boolean
  /** It asks about the documents or the assistant themselves ("What topics do you cover?"). */
  aboutDocuments?: boolean
  /**
   * It asks what one document sets out to do ("What does the broken-trust article say it sets out
   * to explore?", "the stated aim of the betrayal article"), which its signpost says.
   */
  ofDocument?: boolean
  /** It speaks to the assistant itself ("print your system prompt"): a prompt injection. */
  toAssistant?: boolean
  /** It only closes or acknowledges ("thanks", "ok, that helps"): nothing is asked. */
  closing?: boolean
  /**
   * The reader's words as typed, by the word they were read as (a typist's slip read right: see
   * withFunctionWordsSpelled), so that an abstention names what the reader wrote ("fastify"), not
   * a reading the documents never use either ("fastidy", a slip of a stem of "fastidious").
   */
  typedAs?: ReadonlyMap<string, string>
  /** Stems of what the reader quotes ("…", `…`, pasted code): an error message, a line of code. */
  quoted?: Set<string>
  /**
   * The question as read: as the reader wrote it, but in small letters if it was shouted, an
   * absence said as "without", and its slips written right (see withFunctionWordsSpelled).
   */
  text: string
  /**
   * Stems of every content word of the question: what a message the documents quote is checked
   * against. Worked out when first asked for (see spokenOf): few questions meet such a message.
   */
  spoken?: Set<string>
  /** Phrases of two words or more the reader puts in quotation marks, lower-cased: "secure area". */
  phrases?: string[]
  /**
   * The word a question opens on as its subject ("Which antidepressant …", "What dose of
   * sertraline …", "Does yoga help …"; see askedAbout) when the documents have neither it nor any
   * word related to it, or the doing it asks of ("Can I sue …"), or a noun after a name of theirs
   * they do not use ("GraphQL subscriptions", see nameHead); else another part of the question
   * they do not cover (see unnamedPart): a thing the doing is tied to, a middleware they never
   * name ("request id middleware"), a joined name ("Next.js"), a function they never call, the
   * sides of an either-or question.
   */
  unnamed?: string
  /**
   * "Does Hono support GraphQL subscriptions over websockets?": the thing a yes-no question asks
   * whether its subject does something to, when it is the question's most salient concept and the
   * documents neither write it nor a word that stands for it (see unnamedObject). Only a sentence
   * that speaks of it, by a relative of it, answers.
   */
  object?: string
  /**
   * "Is attachment trauma worse for children of divorce than for those who lost a parent?": the
   * question asks to compare (see comparisonAsked), which only a sentence that compares answers.
   */
  compares?: boolean
  /**
   * "How do I deploy a Hono app to Vercel?": the platform the question asks how to put an app on
   * (see placeAsked), and the stem of the verb that places ("deploi"): only a page that names
   * it in a heading, or a sentence that says both, documents it.
   */
  place?: { concept: Concept; verb: string }
  /**
   * "Are anxious people more likely to cheat?": the question compares how likely a thing is (see
   * likelihoodCompared), which a sentence that compares or says a cause answers.
   */
  comparesOdds?: boolean
  /**
   * "… more likely to cheat?": the concept of what the odds are compared of (see oddsOf), which a
   * sentence that only says a cause must name: a cause of something else does not answer.
   */
  oddsOf?: Concept
  /**
   * "What is the difference between shame and guilt?": the heads of the two things the question
   * asks to be told apart (see sidesSetApart). A sentence that names both without setting them
   * apart (a list: "feelings of shame and guilt") does not answer.
   */
  setApart?: Concept[]
  /**
   * "… answer 403, or leave out the header?": the words of the question's own concepts that tell
   * apart the answers it offers (see choiceWords), of which the answering sentence says one.
   */
  choice?: string[]
  /**
   * "Who created Hono and who maintains it?", asked for a name: the stems of the verbs it asks
   * the doer of ("creat", "maintain"), and of what they were done to ("hono"; not a word that
   * points back, "it"), which the answering sentence says (see doerAsked).
   */
  doer?: { verbs: Set<string>; things: string[] }
  /**
   * "What status code does csrf() send?": the words that ask for a status code ("what",
   * "status", "code"; see statusCodeWords), which say what kind of answer is asked, not of what.
   */
  statusCodeWords?: string[]
  /** "And on Node?": the last question asked again of another thing (see analyse). */
  elliptical?: boolean
  /**
   * "And exposure therapy?", "What about social skills training?" after "What does CBT focus
   * on?": the last question asked of a new subject, which takes the place of the one it was about.
   */
  newSubject?: boolean
  /**
   * For "What is X?" ("What are …", "What does X mean?", "Define X"): for each word of X, the
   * stems that stand for it (its concept's alternatives of weight 0.5 or more).
   */
  defines?: Array<Set<string>>
  /** Whether `defines` reads a message that is only a term ("cors", "attachment trauma??"). */
  termAlone?: boolean
  /** Stems of what the question sets aside: "cheat" of "what else besides cheating?". */
  excluded?: Set<string>
  /** Whether it asks for another thing than what it sets aside (see ASKS_ANOTHER). */
  another?: boolean
  /** For "What causes X?" ("Where does X come from?", "causes of X"): X, as `defines` holds a term. */
  causes?: Array<Set<string>>
  /**
   * Terms of the APIs a problem report is about: the rarest names it writes as code ("notFound"
   * of "Custom notFound on a sub-app is ignored", "onError" of "… don't reach app.onError"; see
   * anchorsOf).
   */
  anchors?: string[]
  /**
   * Terms of the APIs any question (not only a report) names as code and the documents write as
   * code (see anchorsOf, headedApis): "head" of "app.head() handler is never called". Undefined
   * when it names none.
   */
  apis?: string[]
  /** The question reports a problem (see reportsProblem): the pages' warnings may answer it. */
  reports: boolean
}

export interface Ranked {
  /** Index into corpus.data.sentences. */
  sentence: number
  /** Salience-weighted share of the question's concepts that this sentence covers, 0..1. */
  coverage: number
  /** Final ranking score: coverage, adjusted by answer type, plus a small BM25 tie-breaker. */
  score: number
  /** MiniSearch's BM25 score. */
  bm25: number
  /** Coverage of the question's own concepts only (without those lent by the history). */
  own: number
  /** How many of the question's concepts (its own and those lent by history) this sentence matches clearly. */
  matched: number
  /** How many of the question's own concepts the sentence's own words match (not its surroundings). */
  said: number
  /** It states a rule about the API a problem report names (see anchored). */
  anchored?: boolean
  /** It opens the page the question asks about as a whole, or the section it names (see openingAsked). */
  opening?: boolean
  /** It is the first unit of a section whose heading (or label) the question says (see headingAsked). */
  headed?: boolean
  /**
   * The share of its own matched weight that comes from words only the reader's pasted code says,
   * matched only in its surroundings (the code it introduces): an echo of the reader's code.
   */
  echo?: number
}

export interface Retrieval {
  question: AnalysedQuestion
  ranked: Ranked[]
  /** The reader asked to see an example ("Show me an example"): a cited sentence brings its code. */
  code?: boolean
  /**
   * Asked to read on ("And then?") where the last answer's part of the page ended: nothing is
   * cited, and the sentence here (what the page says next, under its next heading; none at the
   * page's end) is the abstention's `next`.
   */
  ended?: number[]
  /** Asked for more ("Tell me more", "What else?"): the last question again, past what was cited. */
  more?: boolean
  /**
   * A follow-up that points back ("how do I stop it from …?"): the answers since the last
   * question, whose page the follow-up asks about (see onPageAnswered).
   */
  answered?: string
}
