# Le parole proprie di entitle, tradotte da ../en/entitle.ftl; un messaggio mancante viene mostrato in inglese.
# Gli id sono stabili; una traduzione conserva l'id e le variabili (`{ $name }`)
# di ogni messaggio. Valori dell'utente, id, chiavi TOML, codici e opzioni
# della riga di comando restano tra apici inversi, senza traduzione.

## Suggestions and lists
did-you-mean = forse intendevi `{ $suggestion }`?
list-none = nessuno
list-or = { $rest } o { $last }
list-and = { $rest } e { $last }

## Kinds of things, put into sentences as $what
noun-offer = offerta
noun-competency = competenza
noun-program = programma
noun-role = ruolo
noun-portal = portale
noun-product = prodotto
noun-benefit-or-plan = vantaggio o piano
noun-benefit = vantaggio
noun-account = account
noun-access-id = ID di accesso
noun-version = versione
noun-versions = versioni
noun-policies = policy
noun-id = ID
noun-rule-kind = tipo di regola
noun-field = campo
noun-label = etichetta
noun-collection = raccolta
noun-subject = oggetto
noun-competency-class = classe di competenza
noun-product-kind = tipo di prodotto
noun-tier = livello
noun-code = codice
noun-rule = regola
noun-document = documento
noun-policy = policy
noun-manifest = manifesto

## Types of values, as the structure checks name them
type-string = una stringa
type-integer = un intero
type-number = un numero
type-float = un numero decimale
type-boolean = un booleano
type-date = una data
type-date-time = una data e ora
type-array = un elenco
type-table = una tabella
type-listed-word = una delle parole indicate
type-nothing = niente
type-other = un altro tipo

## Reading files
syntax-not-utf8 = il file non è testo UTF-8
syntax-not-utf8-help = i file TOML devono essere in UTF-8; salva il file in UTF-8 e ricontrollalo
syntax-not-utf8-label = questo byte non è UTF-8
syntax-help-recursion = i valori sono annidati più di quanto serva a un manifesto; appiattisci gli elenchi o le tabelle annidati
syntax-help-date = scrivi le date come AAAA-MM-GG e usa un giorno che esiste in quel mese
syntax-help-duplicate-key = ogni chiave può comparire una sola volta in una tabella; rimuovine o rinominane una
syntax-help = correggi la sintassi TOML nel punto indicato
limit-too-deep = elenchi o tabelle annidati su più di { $limit } livelli
limit-too-deep-help = un manifesto ha al massimo tre livelli di annidamento; appiattisci gli elenchi o le tabelle annidati
limit-too-large = il file occupa { $size } byte, oltre il limite di { $limit }
limit-too-large-unknown = il file occupa più di { $limit } byte, il limite
limit-too-large-help = un manifesto occupa pochi kilobyte; controlla che sia il file giusto, oppure aumenta `--max-file-size`
input-not-a-file = impossibile leggere `{ $path }`: non è un file normale

## Structure (schema)
schema-unknown-key = chiave sconosciuta `{ $key }` in { $table }
schema-known-keys = le chiavi ammesse qui sono { $keys }
schema-missing-key = manca la chiave `{ $key }` in { $table }
schema-missing-key-help-described = aggiungi `{ $key } = …`: { $description }
schema-missing-key-help = aggiungi `{ $key } = …` a questa tabella
schema-wrong-type-literal = `{ $key }` deve essere { $expected }, invece è { $found } `{ $literal }`
schema-wrong-type = `{ $key }` deve essere { $expected }, invece è { $found }
schema-wrong-type-help-date = scrivi la data come AAAA-MM-GG, con o senza virgolette, ad es. `2021-06-15`
schema-wrong-type-help-string = metti il valore tra virgolette doppie
schema-wrong-type-help-array = scrivi un elenco tra parentesi quadre, ad es. `["a", "b"]`
schema-wrong-type-help = indica qui { $expected }
schema-bad-date = `{ $key }` deve essere una data, invece è `{ $literal }`
schema-bad-date-help = scrivi la data come AAAA-MM-GG senza ora, ad es. `2021-06-15`
schema-ends-before-start = l'appartenenza termina il `{ $end }`, prima di iniziare il `{ $start }`
schema-ends-here = termina qui, prima di iniziare
schema-starts-here = inizia qui
schema-ends-before-start-help = correggi `start` o `end`: un'appartenenza è attiva dal suo `start` al suo `end`, entrambi i giorni inclusi
schema-bad-form = `{ $key }` ha un formato errato: `{ $literal }`
schema-not-one-of = `{ $key }` non può valere `{ $literal }`
schema-not-one-of-help-suggestion = forse intendevi `{ $suggestion }`? (deve essere { $options })
schema-not-one-of-help = deve essere { $options }
schema-out-of-range = `{ $key }` non può valere { $literal }
schema-supported-versions = questa versione di entitle legge manifest_version { $versions }
schema-empty = `{ $key }` non può essere vuoto
schema-integer-too-large = `{ $key }` è fuori intervallo: `{ $literal }`
schema-integer-too-large-help = gli interi devono stare in 64 bit
schema-cannot-read-as = impossibile leggere il file come { $kind }: { $detail }
schema-top-level = il livello principale

## Policy selection
policy-unknown = policy sconosciuta `{ $id }`
policy-unknown-version = la policy `{ $id }` non ha la versione `{ $version }`
policy-available = { $what } disponibili: { $ids }
policy-available-suggestion = { $what } disponibili: { $ids }; forse intendevi `{ $suggestion }`?
policy-no-version-in-effect = nessuna versione della policy `{ $id }` è in vigore il { $as_of }
policy-earliest-version-help = la prima versione entra in vigore il { $earliest }; fissa `policy_version` o valuta con un `as_of` successivo
policy-uncompiled = la policy integrata `{ $id }@{ $version }` non si compila in questa build di `entitle`
policy-uncompiled-help = esegui `entitle policy lint` sulle policy da cui è stata compilata, o usa `--policy-dir`
policy-ambiguous = sono disponibili più policy e il manifesto non ne indica nessuna
policy-ambiguous-help = imposta `evaluation.policy` o usa `--policy`; le policy disponibili sono { $ids }

## Policy compilation
compile-duplicate-id = `{ $id }` ({ $what }) compare due volte
compile-first-defined-here = prima definizione
compile-duplicate-id-help = gli ID devono essere univoci nel loro catalogo; rimuovine o rinominane uno
compile-unknown-reference = { $what } `{ $id }` inesistente
compile-reference-help-none = questa policy non definisce elementi di tipo { $what }
compile-reference-help = gli ID di tipo { $what } sono { $ids }
compile-unknown-code = codice di diagnostica sconosciuto `{ $code }`
compile-declare-code-help = dichiaralo in `[[codes]]` con `id = "{ $code }"`, una `severity`, un `summary` e una `explanation`
compile-declare-code-help-suggestion = forse intendevi `{ $suggestion }`? se `{ $code }` è un codice nuovo, dichiaralo in `[[codes]]` con `id = "{ $code }"`, una `severity`, un `summary` e una `explanation`
compile-built-in-code = `{ $code }` è un codice predefinito; una policy non può dichiararlo
compile-bad-code-id = `{ $code }` non è un codice
compile-built-in-code-help = le regole possono segnalare il codice predefinito `reference.unknown` senza dichiararlo; dai agli altri codici un nome proprio
compile-bad-code-id-help = scrivi parole minuscole di lettere, cifre e `-`, unite da `.`, al massimo 64 caratteri, ad es. `quota.exceeded`
compile-unknown-kind = tipo di regola sconosciuto `{ $kind }`
compile-missing-param = una regola `{ $kind }` richiede `{ $param }`
compile-foreign-param = una regola `{ $kind }` non accetta `{ $param }`
compile-kind-no-params = `{ $kind }` non accetta parametri oltre a code, kind, severity, message, help, label e labels
compile-kind-params = `{ $kind }` accetta { $params }
compile-unknown-placeholder = `{ $placeholder }` non è un campo delle regole `{ $kind }`
compile-unknown-label = le regole `{ $kind }` non hanno l'etichetta `{ $name }`
compile-unclosed-placeholder = un segnaposto non è chiuso
compile-unclosed-placeholder-help = chiudilo con `{ "}" }`, oppure scrivi `{ "{{" }` per una parentesi graffa letterale
compile-missing-reference-rule = la policy non ha alcuna regola `reference`
compile-missing-reference-rule-help = aggiungi una regola con `code = "reference.unknown"` e `kind = "reference"`: senza di essa gli ID sconosciuti passerebbero inosservati
compile-unknown-base = la policy `{ $id }` non ha alcuna versione `{ $version }` da estendere
compile-extends-cycle = le versioni si estendono a vicenda in un ciclo: { $chain }
compile-extends-cycle-help = una versione estende una versione precedente; rimuovi `extends` dalla prima versione
compile-cycle-more = … e { $count ->
    [one] un'altra
   *[other] altre { $count }
}
compile-extends-too-deep = la versione `{ $version }` estende una catena di oltre { $limit } versioni
compile-extends-too-deep-help = ogni controllo unisce l'intera catena, che quindi può contare al massimo { $limit } versioni; estendi una versione precedente, oppure scrivi una versione che non ne estende alcuna
compile-unknown-removal = `[remove] { $collection }` indica `{ $key }`, che la versione estesa non ha
compile-duplicate-rule-help = due regole con lo stesso codice e tipo richiedono ciascuna un `id`, perché le versioni successive possano distinguerle
compile-duplicate-grant = il vantaggio `{ $benefit }` concede due volte a `{ $tier }` per la stessa classe di competenza
compile-unknown-collection = il manifesto non ha alcuna raccolta `{ $name }`
compile-unknown-field = `[[{ $collection }]]` non ha alcun campo `{ $field }`
compile-version-form = la versione di policy `{ $version }` non è una data
compile-version-form-help = assegna alle versioni il nome della data del testo che seguono, AAAA-MM-GG
compile-id-form = l'ID di policy `{ $id }` contiene un carattere di controllo o invisibile
compile-id-form-help = assegna alla policy un nome in kebab-case, ad es. `mpn-technical-support`
compile-duplicate-version = la versione `{ $version }` della policy `{ $id }` è definita anche in `{ $other }`

## Policy lint
lint-file-name-version = il nome del file corrisponde alla versione `{ $file_version }`, ma la sua intestazione indica `{ $version }`
lint-file-name-version-help = rinomina il file in `{ $version }.toml`, oppure correggi `version` in `[policy]`
lint-unused = { $what } `{ $id }` non in uso: { $why }
lint-no-rule-reports-it = nessuna regola lo segnala
lint-no-competency-has-it = nessuna competenza la possiede
lint-no-product-has-it = nessun prodotto lo possiede
lint-no-benefit-grants-it = nessun vantaggio gli concede qualcosa
lint-no-benefit-covers-it = nessun vantaggio o piano lo copre
lint-unused-help = rimuovilo, oppure usalo dove era previsto
lint-unreachable = la regola `{ $key }` non può mai scattare: { $why }
lint-no-product-of-those-kinds = nessun prodotto è dei tipi selezionati dal suo `when`
lint-only-plans = il suo `when` seleziona solo piani, che questo tipo di regola non controlla
lint-no-recent-only-scope = l'ambito di nessun vantaggio è limitato ai prodotti recenti
lint-no-limited-grant = nessuna concessione è limitata
lint-zero-days = un'attesa di 0 giorni è sempre trascorsa
lint-no-tier-requires = nessun livello richiede una competenza
lint-no-tier-forbids = nessun livello vieta una competenza
lint-no-contract-benefit = nessun vantaggio richiede un contratto collegato
lint-no-activated-benefit = nessun vantaggio richiede l'attivazione
lint-unreachable-help = correggi i suoi parametri o i cataloghi da cui dipende, oppure rimuovila
lint-quota-order = `{ $higher }` riceve { $high ->
    [one] 1 richiesta di supporto
   *[other] { $high } richieste di supporto
} di `{ $benefit }`, meno del livello inferiore `{ $lower }` ({ $low })
lint-quota-order-help = i livelli seguono l'ordine in cui li elenca `[[tiers]]`, dal più basso; correggi il numero o l'ordine
lint-id-case = `{ $id }` non è in kebab-case; forse intendevi `{ $suggestion }`?
lint-id-case-help = gli ID sono parole minuscole unite da trattini, come `cloud-platform`
lint-effective-order = la versione `{ $version }` entra in vigore il { $effective }, prima della versione precedente `{ $earlier }` ({ $earlier_effective })
lint-extends-later = la versione `{ $version }` estende la versione successiva `{ $base }`
lint-effective-order-help = una versione successiva entra in vigore dopo ed estende una versione precedente
lint-identical = la versione `{ $version }` non cambia nulla rispetto a `{ $previous }`
lint-identical-help = rimuovila, oppure apporta la modifica prevista

## Policy list and diff
list-column-id = id
list-column-version = versione
list-column-effective = in vigore
list-column-extends = estende
list-column-digest = impronta
list-column-file = file
diff-digest = impronta { $from } → { $to }
diff-none = (nessuno)
diff-no-changes = nessuna modifica
diff-summary = { $added ->
    [one] 1 aggiunto
   *[other] { $added } aggiunti
}, { $removed ->
    [one] 1 rimosso
   *[other] { $removed } rimossi
}, { $changed ->
    [one] 1 modificato
   *[other] { $changed } modificati
}
diff-flip-to-ineligible = idoneo → non idoneo ({ $codes })
diff-flip-to-eligible = non idoneo → idoneo (non più { $codes })
diff-replay-summary = { $manifests ->
    [one] 1 manifesto
   *[other] { $manifests } manifesti
}: { $to_ineligible } idoneo → non idoneo, { $to_eligible } non idoneo → idoneo, { $unchanged } invariati

## Command line
cli-cannot-read = impossibile leggere `{ $path }`: { $reason }
cli-shard-form = `{ $text }` non è una partizione: scrivi K/N con 1 ≤ K ≤ N, ad es. `2/4`
cli-stdin-twice = `-` (stdin) indicato due volte: lo standard input si può leggere una sola volta
cli-no-manifests = nessun manifesto in `{ $dir }`: non contiene alcun file `*.toml`
cli-output-is-input = `{ $path }` è sia un manifesto da controllare sia il file di `--output`: il report lo sovrascriverebbe
cli-cannot-start-threads = impossibile avviare i thread di lavoro: { $reason }
cli-worker-failed = un thread di lavoro si è fermato prima di finire i suoi file
cli-cannot-write = impossibile scrivere `{ $path }`: { $reason }
cli-cannot-write-stdout = impossibile scrivere su stdout: { $reason }
cli-cannot-spool = impossibile trattenere il report fino alla fine dell'esecuzione: { $reason }; imposta `TMPDIR` su una directory scrivibile
cli-is-a-directory = è una directory
cli-too-many-links = troppi livelli di collegamenti simbolici
cli-progress = { $done }/{ $total } file controllati
cli-policy-does-not-compile = la policy non si compila: { $count ->
    [one] 1 errore
   *[other] { $count } errori
}
cli-stale-schema = `{ $path }` non è aggiornato; esegui `entitle schema { "{" }manifest,policy{ "}" } > { $path }` per aggiornarlo

## explain
explain-unknown-code-suggestion = codice sconosciuto `{ $code }`; forse intendevi `{ $suggestion }`?
explain-unknown-code = codice sconosciuto `{ $code }`; `entitle explain --list` elenca i codici
explain-rule = In { $policy }, una regola `{ $kind }` ({ $severity }): { $summary }
explain-template-message = messaggio
explain-template-help = aiuto

## Labels a rule draws when its policy gives none
label-first-listed = prima occorrenza
label-partner-programs = i programmi del partner
label-membership-runs = l'appartenenza `{ $offer }` va dal { $start } al { $end }
label-account-holds = `{ $account }` ha { $roles }
label-activation-requested = attivazione richiesta il { $requested_on }
label-activated-without = attivato qui senza { $missing }
label-linked-on = collegato a questo account solo il { $linked_on }
label-benefit-covers = `{ $benefit }` copre { $covers }
label-grants = { $granted_by } concede { $quota }
label-expires = scade il { $expires }
label-last-incident = la richiesta di supporto `{ $last_incident }` ha esaurito { $quota }

## Words rules put into their messages
missing-access-and-contract-id = un ID di accesso e un ID contratto
missing-access-id = un ID di accesso
missing-contract-id = un ID contratto
covers-kinds = prodotti { $kinds }
covers-kinds-and-products = prodotti { $kinds } e { $products }
covers-nothing = nessun prodotto
roles-none = nessun ruolo
incidents-unlimited = richieste di supporto illimitate
incidents = { $count ->
    [one] 1 richiesta di supporto
   *[other] { $count } richieste di supporto
}
date-after-the-calendar = un giorno dopo il { $last }
date-not-a-date = `{ $text }` non è una data nel formato AAAA-MM-GG

## Reports
report-no-problems = { $path }: nessun problema rilevato
report-eligible = { $path }: idoneo secondo { $policy }
report-policy = { $id }@{ $version } (impronta { $digest })
report-judged = { $path }: valutato con { $policy }
report-summary = { $files ->
    [one] 1 file controllato
   *[other] { $files } file controllati
}: { $errors ->
    [one] 1 errore
   *[other] { $errors } errori
}, { $warnings ->
    [one] 1 avviso
   *[other] { $warnings } avvisi
}
report-summary-waived = { $files ->
    [one] 1 file controllato
   *[other] { $files } file controllati
}: { $errors ->
    [one] 1 errore
   *[other] { $errors } errori
}, { $warnings ->
    [one] 1 avviso
   *[other] { $warnings } avvisi
}, { $waived ->
    [one] 1 in deroga
   *[other] { $waived } in deroga
}
report-repeated = e { $more ->
    [one] un altro rilievo
   *[other] altri { $more } rilievi
} come questo nel file, non mostrati

## Waivers
waiver-unknown-code = codice sconosciuto `{ $code }` in una deroga
waiver-unwaivable-code = `{ $code }` non ammette deroghe
waiver-unwaivable-code-help = i rilievi di sintassi, schema, limiti, deroghe e criteri fermano o giudicano il controllo stesso; correggi il rilievo
waiver-expired = la deroga per `{ $code }` è scaduta il { $expires }
waiver-expired-help = non deroga più nulla; correggi il rilievo, oppure chiedi a { $owner } di rinnovare la deroga con un nuovo `expires`
waiver-expiring = la deroga per `{ $code }` ({ $count ->
    [one] 1 rilievo
   *[other] { $count } rilievi
}) scade il { $expires }
waiver-expiring-help = da quel giorno i rilievi non superano il controllo; correggili, oppure chiedi a { $owner } di rinnovare la deroga
waiver-unused-target = la deroga per `{ $code }` su `{ $target }` non corrisponde ad alcun rilievo
waiver-unused = la deroga per `{ $code }` non corrisponde ad alcun rilievo
waiver-unused-help = rimuovila se il problema è risolto, oppure correggi il suo `code` o il suo `target`
waiver-note-ticket = in deroga da parte di { $owner } fino al { $expires } ({ $ticket }): { $reason }
waiver-note = in deroga da parte di { $owner } fino al { $expires }: { $reason }

## Machine formats
format-help = aiuto: { $help }
format-junit-failure = { $count ->
    [one] 1 errore
   *[other] { $count } errori
}: { $codes }
# A finding's severity in the Markdown summary.
severity-error = errore
severity-warning = avviso
severity-waived = in deroga
format-markdown-at = alla riga { $line }, colonna { $column }
markdown-column-file = file
markdown-column-policy = policy
markdown-column-eligible = idoneo
markdown-column-errors = errori
markdown-column-warnings = avvisi
markdown-column-waived = in deroga

## The partner's view (entitlements)
fix-membership-class = un'appartenenza `{ $tier }` in una competenza { $class }
fix-membership = un'appartenenza `{ $tier }`
fix-grant-unlimited = { $membership } renderebbe illimitato `{ $benefit }`
fix-grant = { $membership } concederebbe { $count ->
    [one] 1 richiesta di supporto
   *[other] { $count } richieste di supporto
} di `{ $benefit }`
fix-ask-activate = chiedi a `{ $user }` (`{ $role }`) di attivarlo
fix-ask-open = chiedi a `{ $user }` (`{ $role }`) di aprirla
fix-give-role = assegna a un account il ruolo { $roles }
fix-link = collega il contratto (ID di accesso `{ $access_id }`) a `{ $account }` entro il { $on }
fix-program = aggiungi `{ $program }` a `partner.programs` quando l'azienda sarà iscritta
view-heading = { $name } (MPN { $mpn_id }), valutato il { $as_of } secondo { $policy }
view-column-benefit = vantaggio
view-column-granted-by = concesso da
view-column-entitlement = spettanza
view-column-used = usate
view-column-remaining = rimanenti
view-column-activated = attivato
view-column-expires = scade
view-column-linked-to = collegato a
view-yes = sì
view-no = no
view-unlimited = illimitate
view-fixes-heading = Per superare il controllo:
view-nothing-to-fix = Niente da correggere: il manifesto è idoneo.
fix-remove-activation = rimuovi l'attivazione di `{ $benefit }`; oppure { $grant }
view-rejected = rifiutata
view-waived-heading = Superato grazie a { $count ->
    [one] una deroga
   *[other] { $count } deroghe
}:
view-waived-item = { $problem } ({ $code }): in deroga fino al { $expires } da parte di { $owner }: { $reason }
view-warnings-heading = { $count ->
    [one] Avviso
   *[other] Avvisi
}:

## The pipeline's diagnostic codes: a one-line summary, and an explanation
## (what it means, why it matters, how to fix it) that `entitle explain` shows.
code-syntax = il file non è TOML valido
    .explanation =
        Il file non è TOML valido, oppure non è nemmeno testo UTF-8.

        Perché: in un file che non si può leggere non si può valutare nulla. Anche
        le date non valide (`2021-02-30`) sono errori di sintassi TOML.

        Correzione: correggi la sintassi nel punto indicato; TOML richiede `key = value`,
        stringhe tra virgolette e date scritte come `YYYY-MM-DD`.
code-schema = struttura errata: chiave sconosciuta, tipo errato, campo mancante, data non valida
    .explanation =
        La struttura del file è errata: una chiave sconosciuta, un valore di tipo
        errato, una chiave mancante, una data scritta male o un'appartenenza il cui
        `end` precede il suo `start`. Tutti questi errori del file vengono
        segnalati in un'unica esecuzione.

        Perché: i controlli successivi si basano sulla struttura descritta dallo
        schema JSON pubblicato (`entitle schema manifest`) e su periodi che
        possono essere attivi (un'appartenenza che termina prima di iniziare non lo è mai).

        Correzione: segui la riga di aiuto; una chiave sconosciuta è accompagnata da
        quella nota più simile. Gli editor che leggono il commento `#:schema` li
        evidenziano mentre scrivi.
code-reference-unknown = un ID che né la policy né il manifesto definiscono
    .explanation =
        Un ID che né la policy né il manifesto definiscono: un'offerta, una
        competenza, un ruolo, un vantaggio, un piano, un prodotto, un portale, un
        programma, un account, un ID di accesso, una policy o una versione di policy.

        Perché: ogni ID deve significare qualcosa, altrimenti i controlli che lo usano
        non si possono eseguire. Viene segnalato una volta, qui, e non di nuovo dalle
        regole che lo usano.

        Correzione: usa un ID della policy (`entitle explain` indica da dove
        provengono); la riga di aiuto suggerisce il più simile.
code-waiver-expired = una deroga oltre la data di scadenza
    .explanation =
        Una deroga ha superato la sua data `expires`: non deroga più nulla.

        Perché: una deroga accetta un rilievo per un certo tempo, con un responsabile
        che ne risponde; una deroga vecchia non deve nascondere un problema per sempre.

        Correzione: correggi ciò che derogava, oppure rinnova la deroga con una nuova data e un nuovo motivo.
code-waiver-expiring = una deroga che scade a breve
    .explanation =
        Una deroga scade entro il periodo di preavviso della policy.

        Perché: il rilievo che deroga presto non supererà il controllo.

        Correzione: correggi il rilievo, oppure chiedi al suo responsabile di rinnovare la deroga.
code-waiver-unused = una deroga che non corrisponde ad alcun rilievo
    .explanation =
        Una deroga che non corrisponde ad alcun rilievo.

        Perché: il problema è stato risolto, oppure il codice o la destinazione della deroga sono errati.

        Correzione: rimuovi la deroga, oppure correggi il suo `code` o il suo `target`.
code-limit-file-size = il file supera il limite di dimensione
    .explanation =
        Il file supera il limite (`--max-file-size`): non viene letto.

        Perché: un manifesto occupa pochi kilobyte; un file di molti megabyte è un
        errore, o un tentativo di esaurire la macchina che lo controlla.

        Correzione: controlla che sia il file giusto, oppure aumenta `--max-file-size` se lo è davvero.
code-limit-depth = elenchi o tabelle annidati oltre il limite
    .explanation =
        Elenchi o tabelle sono annidati oltre il limite: il file non viene analizzato.
        Ogni parte di una chiave puntata (`a.b.c`, in un'intestazione o prima di `=`)
        è una tabella a sé, quindi una chiave con più parti del limite è troppo profonda.

        Perché: un manifesto ha tre livelli di annidamento; di più è un errore, o un
        tentativo di esaurire il parser.

        Correzione: appiattisci gli elenchi o le tabelle annidati.
code-policy-reference = un file di policy fa riferimento a un ID che non definisce
    .explanation =
        Un file di policy fa riferimento a un ID che non definisce.

        Correzione: definisci l'ID nel suo catalogo, oppure correggi il riferimento.
code-policy-duplicate = un file di policy definisce due volte lo stesso ID
    .explanation =
        Un file di policy definisce due volte lo stesso ID.

        Correzione: rimuovi o rinomina la seconda definizione.
code-policy-extends-depth = una versione estende una catena di versioni più lunga del limite
    .explanation =
        Una versione estende una catena di versioni più lunga del limite (16): ogni
        controllo unisce tutte le versioni della catena, quindi una catena lunga
        pesa su ogni esecuzione.

        Correzione: fai estendere alla versione direttamente una versione precedente,
        oppure scrivi una nuova versione che non ne estende alcuna e contiene l'intera policy.
code-policy-rule = una regola di policy con un codice o tipo sconosciuto, o un parametro errato
    .explanation =
        Una regola di policy indica un codice o tipo sconosciuto, oppure omette o usa
        male un parametro del suo tipo.

        Correzione: segui la riga di aiuto; `entitle schema policy` elenca i tipi.
code-policy-placeholder = un messaggio di policy interpola un campo inesistente
    .explanation =
        Un messaggio, un aiuto o un'etichetta di una regola di policy interpola un
        campo che il suo tipo non fornisce.

        Correzione: usa uno dei campi elencati nella riga di aiuto.
code-policy-unused = una definizione non usata da nulla
    .explanation =
        Una definizione non usata da nulla: una classe di competenza che nessuna
        competenza possiede, un tipo di prodotto che nessun prodotto possiede, un
        livello a cui nessun vantaggio concede nulla, un prodotto che nessun vantaggio
        o piano copre. (`entitle policy lint`)

        Correzione: rimuovila, oppure usala dove era prevista.
code-policy-unreachable = una regola che non può mai scattare
    .explanation =
        Una regola che non può mai scattare: il suo filtro non seleziona nulla, oppure
        nulla nella policy dà al suo controllo qualcosa da esaminare. (`entitle policy lint`)

        Correzione: correggi il suo `when`, oppure rimuovila.
code-policy-quota-order = un livello superiore che riceve meno di uno inferiore
    .explanation =
        Un livello superiore riceve meno di uno inferiore, nello stesso vantaggio e
        nella stessa classe di competenza. I livelli seguono l'ordine in cui la
        policy li elenca. (`entitle policy lint`)

        Correzione: correggi il numero, oppure l'ordine di `[[tiers]]`.
code-policy-id-case = un ID che non è in kebab-case
    .explanation =
        Un ID che non è in kebab-case (`cloud-platform`). (`entitle policy lint`)

        Correzione: usa parole minuscole unite da trattini.
code-policy-effective-order = date di entrata in vigore fuori ordine
    .explanation =
        Versioni con date di entrata in vigore fuori ordine, oppure una versione che
        ne estende una successiva. (`entitle policy lint`)

        Correzione: correggi `effective` o `extends`.
code-policy-file-name = un file di policy con il nome di una versione diversa da quella della sua intestazione
    .explanation =
        Un file di policy con il nome di una versione (`2021-09-01.toml`) la cui
        intestazione ne indica un'altra (`version = "2021-09-02"`): vale l'intestazione,
        e il nome inganna chi cerca una versione dal suo file. (`entitle policy lint`)

        Correzione: rinomina il file, oppure correggi `version`.
code-policy-identical = una versione identica alla precedente
    .explanation =
        Una versione che non cambia nulla rispetto alla versione precedente.
        (`entitle policy lint`)

        Correzione: rimuovila, oppure apporta la modifica prevista.
code-policy-untested = una regola che nessun manifesto di test fa scattare
    .explanation =
        Una regola di una versione di policy che nessun manifesto di test fa scattare:
        nulla vincola la regola a ciò che deve segnalare. Una versione senza alcun
        manifesto di test viene segnalata una volta. (`entitle policy lint`)

        Correzione: aggiungi in `policies/<id>/tests/` un manifesto di test che faccia
        scattare la regola, con `# expect: CODE` (vedi `entitle explain test.expectation`).
code-policy-translation = un file di messaggi di un criterio che non corrisponde al criterio
    .explanation =
        Un file di messaggi di un criterio (`<version>.<lang>.ftl`, accanto al
        file del criterio) che non corrisponde al criterio: sintassi Fluent
        illeggibile, un messaggio del criterio che non traduce (mostrato in
        inglese), un messaggio che il criterio non ha, oppure una variabile
        che la sua regola non gli fornisce (o una del testo inglese che
        tralascia). Una versione senza il file di messaggi di una lingua che
        la sua base ha viene segnalata una volta. (`entitle policy lint`)

        Soluzione: `entitle policy messages ID@VERSION` mostra ogni messaggio
        con il suo id, le variabili e il testo inglese; traduci quelli
        mancanti, rimuovi quelli in più e usa le variabili che la riga di
        aiuto elenca.
code-test-expectation = le attese di un manifesto di test non si possono leggere
    .explanation =
        Un manifesto di test (`policies/<id>/tests/*.toml`) le cui attese non si possono
        leggere. I suoi commenti iniziali dicono che cosa la policy deve segnalare:

            # expect: eligible
            # expect: quota.exceeded@42, contract.already-linked
            # versions: 2021-06-17..

        `# expect:` elenca codici, ciascuno facoltativamente a una riga del file di test
        (`CODE@LINE`), oppure `eligible` (nessun errore). L'elenco è completo: un codice
        segnalato dalla policy che non vi compare fa fallire il test. `# versions:`
        elenca versioni della policy, o intervalli `A..B`, `A..`, `..B` (estremi
        inclusi); senza di esso, un test viene eseguito con ogni versione in vigore al
        suo `as_of` (o con la versione che fissa).

        Perché: un test che non si può leggere non verifica nulla; `entitle policy test`
        termina con il codice di uscita 2.

        Correzione: segui la riga di aiuto: un codice noto (con il più simile), un numero
        di riga all'interno del file, una versione che la policy possiede.
code-test-failed = l'attesa di un manifesto di test non è soddisfatta
    .explanation =
        Una versione della policy non soddisfa l'attesa di un manifesto di test: un
        codice atteso non viene segnalato, viene segnalato a un'altra riga, oppure
        viene segnalato un codice che l'elenco non contiene. (`entitle policy test`)

        Perché: la policy non valuta più questo manifesto come i suoi autori hanno
        stabilito che debba fare.

        Correzione: se la modifica della policy è voluta, aggiorna `# expect:`;
        altrimenti correggi la policy.

## policy test
test-no-tests-in = nessun manifesto di test in { $dir }: mettili in `<policy id>/tests/*.toml`
test-no-tests-built-in = nessun manifesto di test nelle policy predefinite: mettili in `<policy id>/tests/*.toml`
test-under = { $path } con { $policy }
test-invalid = { $path }: le sue attese non si possono leggere (vedi sopra)
test-summary = { $tests ->
    [one] 1 test
   *[other] { $tests } test
}, { $runs ->
    [one] 1 esecuzione
   *[other] { $runs } esecuzioni
}: { $passed } superate, { $failed } fallite
test-summary-invalid = { $tests ->
    [one] 1 test
   *[other] { $tests } test
}, { $runs ->
    [one] 1 esecuzione
   *[other] { $runs } esecuzioni
}: { $passed } superate, { $failed } fallite, { $invalid ->
    [one] 1 test illeggibile
   *[other] { $invalid } test illeggibili
}
test-mismatch-missing-at = manca `{ $code }` alla riga { $line }
test-mismatch-missing = manca `{ $code }`
test-mismatch-wrong-line = `{ $code }` alla riga { $found }, non alla { $line }
test-mismatch-unexpected = `{ $code }` inatteso alla riga { $line }
test-mismatch-not-eligible = non idoneo: { $errors ->
    [one] 1 errore
   *[other] { $errors } errori
}
test-no-expect = questo manifesto di test non ha alcuna riga `# expect:`
test-empty-item = un elemento vuoto: niente tra due virgole
test-twice-help = scrivi tutte le versioni o gli intervalli in un'unica riga `# versions:`, separati da virgole
test-line-help = scrivi la riga di questo file (a partire da 1) in cui viene segnalato il rilievo, ad es. `quota.exceeded@42`
test-no-version-help = indica le versioni con cui viene eseguito con `# versions: VERSION` o un intervallo `A..B`, oppure sposta `as_of` più avanti
test-expected-here = atteso qui
test-not-expected = non atteso
test-expectations-here = le attese non lo elencano
test-missing-help = se la modifica della policy è voluta, rimuovilo da `# expect:`; altrimenti correggi la policy perché lo segnali
test-wrong-line-help = se la modifica della policy è voluta, correggi la riga in `# expect:`; altrimenti correggi la policy
test-not-eligible-help = `eligible` significa nessun errore: rimuovi `eligible` da `# expect:`, oppure correggi la policy
test-syntax-help = scrivi `# expect: eligible` o `# expect: CODE[@LINE], …` (codici da `entitle explain --list`) e, facoltativamente, `# versions: A..B`; `entitle explain test.expectation` mostra la sintassi
test-twice = `# { $key }:` compare due volte
test-unknown-directive = direttiva sconosciuta `# { $key }:`; forse intendevi `# { $meant }:`?
test-unknown-code = codice sconosciuto `{ $code }`
test-not-a-manifest-code = `{ $code }` non viene mai segnalato su un manifesto
test-bad-line = `{ $line }` non è un numero di riga
test-line-out-of-file = la riga { $line } è oltre la fine di questo file ({ $lines } righe)
test-unknown-version = la policy non ha la versione `{ $version }`
test-missing-at = `{ $policy }` non segnala il codice atteso `{ $code }` alla riga { $line }
test-missing = `{ $policy }` non segnala il codice atteso `{ $code }`
test-wrong-line = `{ $code }` è atteso alla riga { $line }, ma viene segnalato { $count ->
    [one] alla riga
   *[other] alle righe
} { $found }
test-reported-here = `{ $code }` viene segnalato qui, alla riga { $line }
test-unexpected = `{ $code }` inatteso: { $message }
test-unexpected-help = se la policy è corretta, aggiungi `{ $code }@{ $line }` a `# expect:`; altrimenti correggi la policy
test-not-eligible = è atteso `eligible`, ma `{ $policy }` segnala { $errors ->
    [one] 1 errore
   *[other] { $errors } errori
}
test-no-test = nessun manifesto di test viene eseguito con `{ $id }@{ $version }`: nessuna delle sue regole è testata
test-no-test-help = aggiungi manifesti di test in `{ $dir }` con righe `# expect:`; `entitle explain test.expectation` mostra come
test-untested = nessun test fa scattare la regola `{ $key }` della versione `{ $version }`
test-untested-help = aggiungi in `{ $dir }` un manifesto di test che la regola segnali, con `# expect: { $code }`

## What each rule kind checks, as `explain` says it
kind-reference = ogni ID del manifesto è definito dalla policy o dal manifesto
kind-uniqueness = due voci di una raccolta non condividono mai i valori di `key`
kind-required-field = ogni voce di `collection` indica `field`
kind-required-program = il partner è associato a `program`; con `when`, solo per le richieste di supporto che seleziona
kind-active-membership = un'appartenenza è attiva ad `as_of` quando si attivano o si usano vantaggi
kind-competency-required = le appartenenze a livelli con `competency = "required"` indicano una competenza
kind-competency-forbidden = le appartenenze a livelli con `competency = "forbidden"` non indicano alcuna competenza
kind-required-role = l'account che attiva (`on = "activations"`) o apre (`on = "incidents"`) ha uno dei `roles`
kind-eligibility = un vantaggio attivato è concesso da un'appartenenza attiva ad `as_of`
kind-processing-delay = una richiesta di supporto si apre almeno `days` giorni dopo la richiesta di attivazione
kind-activation-complete = una richiesta di supporto usa un'attivazione di cui sono noti l'ID di accesso e l'ID contratto
kind-activation-required = una richiesta di supporto usa un vantaggio attivato
kind-activation-order = una richiesta di supporto si apre il giorno della richiesta di attivazione o dopo
kind-contract-link = l'account che apre la richiesta ha il contratto del vantaggio collegato entro il giorno della richiesta
kind-scope = il prodotto è di un tipo (o è un prodotto) coperto dal vantaggio o dal piano
kind-recent-product = con un vantaggio limitato ai prodotti recenti, il prodotto è recente il giorno in cui si apre la richiesta di supporto
kind-quota = le richieste di supporto di un vantaggio restano entro la spettanza migliore delle appartenenze attive
kind-validity-window = una richiesta di supporto si apre entro il giorno in cui scade il suo vantaggio
kind-link-after-expiry = un contratto viene collegato entro il giorno in cui scade
kind-link-after-exhaustion = un contratto viene collegato finché restano richieste di supporto

## Policy message files (`<version>.<lang>.ftl`), as `entitle policy lint` checks them
translation-syntax = questo file di messaggi non è leggibile: { $error }
translation-syntax-help = scrivi i messaggi come `id = testo`, gli attributi come `.nome = testo` rientrati e le variabili come `{"{"} $name {"}"}`
translation-missing = il messaggio `{ $key }` del criterio non ha una traduzione `{ $lang }`: viene mostrato in inglese
translation-missing-help = `entitle policy messages { $policy }@{ $version }` mostra ogni messaggio con il suo testo inglese; traduci questo
translation-extra = `{ $key }` non è un messaggio della versione `{ $version }`
translation-extra-help = rimuovilo o correggine l'id: `entitle policy messages { $policy }@{ $version }` elenca gli id
translation-unknown-variable = `{ $key }` usa `{ $variable }`, che la sua regola non gli fornisce
translation-variables-help = { $count ->
    [0] il messaggio non ha variabili: scrivi il valore così com'è
    [one] la variabile che può usare è { $variables }
   *[other] le variabili che può usare sono { $variables }
}
translation-missing-variable = `{ $key }` tralascia `{ $variable }`, che il testo inglese mostra
translation-missing-variable-help = aggiungi `{"{"} ${ $variable } {"}"}` dove la frase lo richiede
translation-file-missing = la versione `{ $version }` non ha un file di messaggi `{ $lang }`: { $count ->
    [one] il suo unico messaggio è mostrato
   *[other] i suoi { $count } messaggi sono mostrati
} in inglese
translation-file-missing-help = una versione di base di `{ $policy }` ce l'ha; aggiungi `{ $version }.{ $lang }.ftl` accanto a questo file, partendo da `entitle policy messages { $policy }@{ $version }`

## The language server's own words (hovers, code actions)
lsp-help = aiuto
lsp-more = e { $n ->
    [one] un altro come questo
   *[other] altri { $n } come questo
}
lsp-waived = in deroga fino al { $date }: { $reason } ({ $owner })
lsp-replace = sostituisci con `{ $value }`
lsp-waive = metti in deroga `{ $code }` qui (aggiungi una voce [[waivers]])
lsp-remove-link = rimuovi questo collegamento del contratto duplicato
lsp-waiver-reason = perché questo rilievo è accettato
lsp-waiver-owner = chi ne risponde
lsp-name = nome
lsp-tier = offerta
lsp-competency = competenza
lsp-class = classe
lsp-benefit = vantaggio
lsp-plan = piano
lsp-product = prodotto
lsp-kind = tipo
lsp-recent = recente al { $date }
lsp-not-recent = non recente al { $date }
lsp-mainstream-end = il supporto Mainstream termina il { $date }
lsp-scope = copre
lsp-recent-only = solo prodotti recenti
lsp-needs-activation = deve essere attivato
lsp-needs-contract = richiede il collegamento di un contratto
lsp-grants = concede
lsp-any-class = qualsiasi competenza
lsp-incidents = { $n ->
    [one] { $n } richiesta di supporto
   *[other] { $n } richieste di supporto
}
lsp-account = account
lsp-roles = ruoli
lsp-activation = attivazione di `{ $benefit }`, richiesta il { $date }
lsp-expires = scade il { $date }
lsp-active-on = attive al { $date }
lsp-memberships = iscrizioni
lsp-contracts = contratti
lsp-none = nessuno
lsp-policy = criterio
lsp-severity = gravità

## The page of `entitle serve`
page-title = Controlla un manifesto di iscrizione
page-intro = Incolla un manifesto o trascina un file .toml: entitle indica cosa non va, sotto la riga in cui si trova, e a cosa ha diritto il partner. Non viene salvato nulla.
page-manifest = Manifesto (TOML)
page-paste-here = Incolla qui il manifesto o trascina un file in questo riquadro
page-choose-file = Oppure scegli un file
page-check = Controlla
page-language = Lingua
page-auto = Lingua del browser
page-checking = Controllo in corso…
page-result = Risultato
page-eligible = Superato: nessun errore
page-not-eligible = Non superato
page-errors = Errori
page-warnings = Avvisi
page-waived = in deroga
page-waived-count = In deroga
page-error = errore
page-warning = avviso
page-help = aiuto
page-line = riga
page-column = colonna
page-no-findings = Nessun rilievo.
page-lines-hidden = righe non mostrate
page-source = Il manifesto, con ogni rilievo sotto la sua riga
page-policy = Criterio
page-entitlements = Diritti
page-benefit = Vantaggio
page-granted-by = Concesso da
page-entitlement = Diritto
page-used = Usate
page-remaining = Rimanenti
page-activated = Attivato
page-expires = Scade
page-linked-to = Collegato a
page-yes = sì
page-no = no
page-none = nessuno
page-unlimited = illimitato
page-what-would-pass = Cosa lo farebbe superare
page-problem = Problema
page-fix = Soluzione
page-cannot-judge = Il manifesto non è leggibile abbastanza da mostrare i diritti.
page-request-failed = Il server ha rifiutato la richiesta
page-waived-by = in deroga
page-rejected = rifiutata
page-passing-thanks-to = Cosa lo fa superare: deroghe
page-waived-until = In deroga fino al

## What each key of a manifest holds: the help of a missing or mistyped one
schema-field-manifest-manifest_version = La versione del formato del manifesto; per ora esiste solo la 1.
schema-field-manifest-evaluation = Quale policy giudica il manifesto, e a quale data.
schema-field-manifest-evaluation-policy = L'ID della policy; predefinito: l'unica disponibile.
schema-field-manifest-evaluation-policy_version = Fissa una versione della policy; predefinita: la più recente in vigore a `as_of`.
schema-field-manifest-evaluation-as_of = La data a cui si giudica il manifesto; predefinita: oggi. `--as-of` la sostituisce.
schema-field-manifest-partner = L'azienda partner.
schema-field-manifest-partner-mpn_id = L'ID MPN del partner: solo cifre.
schema-field-manifest-partner-name = Il nome dell'azienda.
schema-field-manifest-partner-programs = I programmi a cui l'azienda è associata (ID di programma della policy).
schema-field-manifest-memberships = Le offerte di appartenenza che il partner ha o ha avuto.
schema-field-manifest-memberships-offer = Un ID di livello della policy, ad esempio `gold`.
schema-field-manifest-memberships-competency = La competenza con cui si è ottenuta l'appartenenza, per i livelli che la richiedono.
schema-field-manifest-memberships-start = Il primo giorno dell'appartenenza.
schema-field-manifest-memberships-end = L'ultimo giorno dell'appartenenza.
schema-field-manifest-accounts = Gli account utente del partner.
schema-field-manifest-accounts-user = Il nome utente, unico nel manifesto: nella forma di un indirizzo e-mail.
schema-field-manifest-accounts-kind = Come accede l'account: `aad` o `msa`.
schema-field-manifest-accounts-roles = Gli ID di ruolo della policy che l'account detiene (può essere vuoto).
schema-field-manifest-activations = I vantaggi attivati in Partner Center.
schema-field-manifest-activations-benefit = L'ID di vantaggio della policy.
schema-field-manifest-activations-activated_by = L'account che lo ha attivato: uno di `[[accounts]]`.
schema-field-manifest-activations-requested_on = Il giorno in cui è stata richiesta l'attivazione.
schema-field-manifest-activations-access_id = Mostrato ad attivazione completata. È un segreto.
schema-field-manifest-activations-contract_id = Mostrato ad attivazione completata. È un segreto.
schema-field-manifest-activations-expires = Quando scade il vantaggio; predefinito: alla fine dell'appartenenza che lo concede.
schema-field-manifest-contract_links = I contratti aggiunti ad account utente in un portale di supporto.
schema-field-manifest-contract_links-access_id = L'ID di accesso di un'attivazione. È un segreto.
schema-field-manifest-contract_links-account = L'account a cui si aggiunge il contratto: uno di `[[accounts]]`.
schema-field-manifest-contract_links-portal = L'ID del portale della policy in cui è stato aggiunto.
schema-field-manifest-contract_links-linked_on = Il giorno in cui è stato aggiunto.
schema-field-manifest-incidents = Le richieste di supporto aperte, o previste.
schema-field-manifest-incidents-id = L'ID della richiesta di supporto, unico nel manifesto.
schema-field-manifest-incidents-benefit = Un ID di vantaggio o di piano della policy.
schema-field-manifest-incidents-product = Un ID di prodotto del catalogo della policy.
schema-field-manifest-incidents-opened_by = L'account che la apre: uno di `[[accounts]]`.
schema-field-manifest-incidents-opened_on = Il giorno in cui viene aperta.
schema-field-manifest-incidents-customer = Un cliente CSP per cui si fa la richiesta.
schema-field-manifest-waivers = Rilievi accettati per un certo tempo, ciascuno con un responsabile e una scadenza.
schema-field-manifest-waivers-code = Il codice dei rilievi che accetta, ad esempio `quota.exceeded`.
schema-field-manifest-waivers-target = La limita ai rilievi su questo valore: un ID di richiesta, un account, un vantaggio, un prodotto, gli ultimi quattro caratteri di un ID di accesso.
schema-field-manifest-waivers-reason = Perché il rilievo è accettato.
schema-field-manifest-waivers-owner = Chi ne risponde.
schema-field-manifest-waivers-ticket = Il ticket che la segue.
schema-field-manifest-waivers-expires = L'ultimo giorno in cui accetta il rilievo.
