# Messaggi del criterio `mpn-technical-support`, versione 2021-03-04, in italiano.
# Tradotti dal testo inglese (en-0304.ftl); ogni id e ogni variabile `{ $variable }`
# sono mantenuti.

policy-title = Vantaggi del supporto tecnico MPN

programs-mpn = Microsoft Partner Network

programs-csp = Cloud Solution Provider

roles-global-admin = Amministratore globale

roles-mpn-partner-admin = Amministratore partner MPN

roles-admin-agent = Agente amministratore

portals-support-for-business = Support for Business

portals-azure = portale di Azure

product-kinds-on-premises = locale

product-kinds-cloud = cloud

competency-classes-cloud = competenza cloud

competency-classes-other = altra competenza (ibrida)

tiers-action-pack = Microsoft Action Pack

tiers-silver = Competenza Silver

tiers-gold = Competenza Gold

competencies-security = Security

competencies-cloud-business-applications = Cloud Business Applications

competencies-cloud-platform = Cloud Platform

competencies-cloud-productivity = Cloud Productivity

competencies-enterprise-mobility-management = Enterprise Mobility Management

competencies-small-and-midmarket-cloud-solutions = Small and Midmarket Cloud Solutions

competencies-application-development = Application Development

competencies-application-integration = Application Integration

competencies-collaboration-and-content = Collaboration and Content

competencies-communications = Communications

competencies-data-analytics = Data Analytics

competencies-data-center = Datacenter

competencies-data-platform = Data Platform

competencies-devops = DevOps

competencies-enterprise-resource-planning = Enterprise Resource Planning

competencies-messaging = Messaging

competencies-project-and-portfolio-management = Project and Portfolio Management

competencies-windows-and-devices = Windows and Devices

products-windows-10 = Windows 10

products-windows-server-2019 = Windows Server 2019

products-windows-server-2016 = Windows Server 2016

products-sql-server-2019 = SQL Server 2019

products-sql-server-2017 = SQL Server 2017

products-exchange-server-2019 = Exchange Server 2019

products-exchange-server-2016 = Exchange Server 2016

products-sharepoint-server-2019 = SharePoint Server 2019

products-sharepoint-server-2016 = SharePoint Server 2016

products-system-center-2019 = System Center 2019

products-windows-server-2012-r2 = Windows Server 2012 R2

products-sql-server-2014 = SQL Server 2014

products-exchange-server-2013 = Exchange Server 2013

products-exchange-server-2010 = Exchange Server 2010

products-sharepoint-server-2013 = SharePoint Server 2013

products-azure = Microsoft Azure

products-microsoft-365 = Microsoft 365

products-dynamics-365 = Dynamics 365

products-power-platform = Power Platform

products-intune = Microsoft Intune

benefits-product-support = Supporto tecnico Microsoft

benefits-signature-cloud-support = Signature Cloud Support
    .grant-silver-other = Signature 5pack
    .grant-gold-other = Signature 10pack

plans-cloud-solution-provider = piano di supporto Cloud Solution Provider

plans-premier = Premier Support for Partners

plans-advanced = Advanced Support for Partners

code-duplicate = due account con lo stesso utente, due richieste di supporto con lo stesso ID, un vantaggio attivato due volte
    .explanation =
        Due voci dove deve essercene una: due account con lo stesso utente, due
        richieste di supporto con lo stesso ID, un vantaggio attivato due volte.

        Perché: i controlli non saprebbero a quale voce credere.

        Soluzione: unisci o rimuovi la voce successiva; la prima è indicata.

code-partner-not-mpn = tra i programmi manca quello necessario per usare i vantaggi (F2)
    .explanation =
        L'azienda non è associata al programma che il criterio richiede per
        visualizzare e attivare i vantaggi.

        Perché: a un account associato solo a un altro programma viene mostrato
        "Non sei autorizzato a eseguire questa azione" (F2).

        Soluzione: associa l'azienda al programma richiesto ed elencalo in
        `partner.programs`.

code-membership-none-active = nessuna iscrizione è attiva alla data as_of, eppure vengono attivati o usati vantaggi (F3)
    .explanation =
        Nessuna iscrizione è attiva alla data in cui viene valutato il manifesto,
        eppure vengono attivati o usati vantaggi.

        Perché: senza un'offerta di iscrizione attiva non ci sono vantaggi (F3). Per i
        vantaggi che lascia senza diritto, questo è l'unico risultato segnalato.

        Soluzione: rinnova l'iscrizione, oppure correggi `start`/`end` o `as_of`.

code-membership-competency = un'iscrizione senza la competenza richiesta dal suo livello, o con una competenza che il suo livello non prevede
    .explanation =
        Un'iscrizione il cui livello richiede una competenza non ne ha nessuna,
        oppure un'iscrizione il cui livello non prevede competenze ne indica una.

        Perché: i livelli di competenza concedono vantaggi in base alla classe di
        competenza (cloud o altra); un livello senza competenze concede a tutti lo stesso.

        Soluzione: aggiungi la competenza con cui è stata ottenuta l'iscrizione, oppure rimuovila.

code-activation-role = activated_by non ha nessuno dei ruoli che possono attivare (F5)
    .explanation =
        L'account che ha attivato un vantaggio non ha nessuno dei ruoli che il
        criterio richiede per l'attivazione.

        Perché: Partner Center consente l'attivazione solo a questi ruoli (F5).

        Soluzione: fai eseguire l'attivazione a un account con uno di questi ruoli,
        oppure registra il ruolo che l'account ha davvero.

code-activation-not-eligible = nessuna iscrizione attiva concede il vantaggio (F9)
    .explanation =
        È attivato un vantaggio che nessuna iscrizione attiva concede, ad esempio
        Signature Cloud Support con Action Pack.

        Perché: un vantaggio esiste solo tramite un'iscrizione che lo concede (F9).

        Soluzione: rimuovi l'attivazione, oppure ottieni un'iscrizione che lo conceda;
        la riga di aiuto indica i livelli che lo concedono.

code-activation-pending = una richiesta di supporto aperta entro i giorni di elaborazione successivi a requested_on (F6)
    .explanation =
        Una richiesta di supporto viene aperta mentre l'attivazione potrebbe essere
        ancora in corso di elaborazione.

        Perché: l'elaborazione dell'attivazione richiede alcuni giorni (F6); il
        criterio indica quanti.

        Soluzione: pianifica la richiesta di supporto per la data indicata nella riga
        di aiuto, oppure verifica che l'attivazione sia stata completata prima.

code-activation-incomplete = una richiesta di supporto usa un vantaggio la cui attivazione non ha ancora un ID di accesso o un ID contratto (F6)
    .explanation =
        Una richiesta di supporto usa un vantaggio la cui attivazione non ha ancora
        un ID di accesso o un ID contratto.

        Perché: entrambi vengono visualizzati solo al termine dell'attivazione e
        sono necessari per usare il vantaggio la prima volta (F6).

        Soluzione: registra `access_id` e `contract_id` non appena Partner Center li mostra.

code-incident-not-activated = una richiesta di supporto usa un vantaggio mai attivato, oppure è aperta prima di requested_on (F4)
    .explanation =
        Una richiesta di supporto usa un vantaggio che non è mai stato attivato,
        oppure è aperta prima che ne sia stata richiesta l'attivazione.

        Perché: un vantaggio deve essere attivato prima dell'uso (F4).

        Soluzione: aggiungi la voce `[[activations]]`, oppure correggi le date.

code-incident-no-contract = opened_by non ha un collegamento al contratto dell'ID di accesso del vantaggio (F12, F13)
    .explanation =
        L'account che apre una richiesta di supporto non ha un collegamento al
        contratto dell'ID di accesso del vantaggio entro il giorno in cui la apre.

        Perché: qualsiasi account può usare il vantaggio dopo che il contratto gli è
        stato aggiunto (F12, F13); i piani che non richiedono un contratto sono
        esclusi (F14).

        Soluzione: aggiungi una voce `[[contract_links]]` per quell'account, con una
        data precedente alla richiesta di supporto.

code-incident-scope = il tipo del prodotto non corrisponde al vantaggio o al piano (F10, F14, F19)
    .explanation =
        Il prodotto di una richiesta di supporto è di un tipo che il vantaggio o il
        piano non copre: un prodotto locale con un vantaggio cloud, o viceversa.

        Perché: ogni vantaggio e ogni piano copre i tipi di prodotto elencati nel
        criterio (F10, F14, F19).

        Soluzione: apri la richiesta di supporto con un vantaggio o un piano che
        copra il prodotto.

code-incident-product-unsupported = un prodotto locale non recente (F10)
    .explanation =
        Un prodotto locale non più abbastanza recente per il supporto ai partner.

        Perché: il supporto tecnico dei prodotti copre solo i prodotti locali
        recenti (F10); il criterio indica quali sono recenti.

        Soluzione: usa un piano a pagamento per il prodotto meno recente, oppure aggiornalo.

code-quota-exceeded = più richieste di supporto con un vantaggio di quante ne consenta il diritto
    .explanation =
        Più richieste di supporto con un vantaggio di quante ne consenta il diritto.

        Perché: ogni iscrizione concede un numero di richieste di supporto per
        vantaggio; più iscrizioni si combinano come indicato dal criterio. Viene
        segnalata la prima richiesta di supporto oltre il diritto, e ognuna di
        quelle successive.

        Soluzione: acquista un piano di supporto a pagamento, oppure passa a
        un'iscrizione che ne conceda di più; le etichette indicano quante ne ha
        concesse ciascuna iscrizione.

code-contract-expired = una richiesta di supporto aperta dopo la scadenza del vantaggio (F11)
    .explanation =
        Una richiesta di supporto viene aperta dopo la scadenza del vantaggio.

        Perché: un vantaggio resta utilizzabile fino alla scadenza (F11).

        Soluzione: rinnova l'iscrizione o il vantaggio, quindi apri la richiesta di supporto.

code-contract-already-linked = lo stesso ID di accesso collegato di nuovo allo stesso account (F16)
    .explanation =
        Lo stesso ID di accesso viene collegato di nuovo allo stesso account.

        Perché: un contratto si collega a un account una sola volta; l'errore del
        portale "Questo ID di accesso è già associato a un account" è errato e va
        ignorato (F16).

        Soluzione: rimuovi il secondo collegamento e usa "+ Nuova richiesta di supporto".

code-contract-invalid-link = un collegamento creato dopo la scadenza del contratto o dopo l'esaurimento delle sue richieste di supporto (F17)
    .explanation =
        Un contratto viene collegato dopo la scadenza o dopo l'esaurimento delle sue
        richieste di supporto.

        Perché: un contratto di questo tipo viene nascosto perché non è valido (F17).

        Soluzione: acquista un nuovo piano di supporto.

code-csp-not-enrolled = una richiesta di supporto con un piano di un programma a cui il partner non aderisce (F14)
    .explanation =
        Una richiesta di supporto con un piano che richiede un programma a cui
        l'azienda non aderisce.

        Perché: il piano Cloud Solution Provider è riservato ai partner CSP (F14).

        Soluzione: aggiungi il programma a `partner.programs`, oppure usa un altro piano.

code-csp-customer-role = una richiesta di supporto per un cliente, aperta senza il ruolo richiesto per le richieste dei clienti (F15)
    .explanation =
        Una richiesta di supporto per un cliente aperta da un account senza il ruolo
        che il criterio richiede per le richieste dei clienti.

        Perché: le richieste per conto dei clienti CSP vengono aperte dagli agenti
        amministratori (F15).

        Soluzione: falla aprire a un agente amministratore, oppure registra il ruolo
        che l'account ha.

rule-reference-unknown-reference = { $what_id ->
        [offer] offerta sconosciuta
        [competency] competenza sconosciuta
        [program] programma sconosciuto
        [role] ruolo sconosciuto
        [portal] portale sconosciuto
        [product] prodotto sconosciuto
        [benefit-or-plan] vantaggio o piano sconosciuto
        [benefit] vantaggio sconosciuto
        [account] account sconosciuto
        [access-id] ID di accesso sconosciuto
       *[other] { $what } sconosciuto
    }: `{ $value }`
    .help = gli id noti sono { $known }
    .label = { $what_id ->
        [offer] non è un'offerta
        [competency] non è una competenza
        [program] non è un programma
        [role] non è un ruolo
        [portal] non è un portale
        [product] non è un prodotto
        [benefit-or-plan] non è né un vantaggio né un piano
        [benefit] non è un vantaggio
        [account] non è un account
        [access-id] non è un ID di accesso
       *[other] non è un valore di tipo { $what }
    } di { $policy }

rule-duplicate-uniqueness-accounts = l'account `{ $key }` è elencato due volte
    .help = unisci le due voci `[[accounts]]` in una sola, con tutti i ruoli che l'account ha
    .label = elencato di nuovo qui
    .label-first = elencato per la prima volta qui

rule-duplicate-uniqueness-incidents = l'ID di richiesta di supporto `{ $key }` è usato due volte
    .help = assegna a ogni richiesta di supporto un ID proprio; la seconda non conta né a favore né a sfavore del vantaggio
    .label = usato di nuovo qui
    .label-first = elencato per la prima volta qui

rule-duplicate-uniqueness-activations = il vantaggio `{ $key }` è attivato due volte
    .help = un vantaggio si attiva una sola volta; mantieni l'attivazione mostrata da Partner Center
    .label = attivato di nuovo qui
    .label-first = elencato per la prima volta qui

rule-partner-not-mpn-required-program = non sei autorizzato a eseguire questa azione: il partner non è associato a { $program_name }
    .help = i vantaggi si visualizzano e si attivano con un account associato a MPN; un'azienda associata solo a CSP deve aderire a MPN ed elencare `mpn` qui
    .label = nessun `{ $program }` tra questi programmi
    .label-programs = i programmi del partner

rule-membership-none-active-active-membership = sembra che tu non abbia ancora alcun vantaggio: nessuna iscrizione è attiva il { $as_of }
    .help = rinnova l'iscrizione, oppure correggine `start` e `end`; senza un'offerta di iscrizione attiva non ci sono vantaggi
    .label = qui viene usato `{ $benefit }`
    .label-membership = `{ $offer }` è valida dal { $start } al { $end }

rule-membership-competency-competency-required = un'iscrizione `{ $tier }` richiede una competenza
    .help = aggiungi `competency = "…"`: la competenza con cui è stata ottenuta l'iscrizione determina cosa concede
    .label = { $tier_name }: si ottiene in una competenza

rule-membership-competency-competency-forbidden = un'iscrizione `{ $tier }` non prevede competenze, eppure indica `{ $competency }`
    .help = rimuovi `competency`; una competenza si ottiene con un'iscrizione Silver o Gold
    .label = { $tier_name }: non si ottiene in una competenza

rule-activation-role-required-role = `{ $account }` non può attivare `{ $benefit }`: non ha né `global-admin` né `mpn-partner-admin`
    .help = fallo attivare a un account con il ruolo { $required }, oppure registra il ruolo che ha questo account
    .label = attivato da questo account
    .label-account = `{ $account }` ha { $roles }

rule-activation-not-eligible-eligibility = nessuna iscrizione attiva concede `{ $benefit }`
    .help = { $benefit_name } è incluso in un'iscrizione { $granted_by }; rimuovi questa attivazione oppure ottieni un'iscrizione di questo tipo
    .label = attivato qui

rule-incident-not-activated-activation-required = la richiesta di supporto `{ $incident }` usa `{ $benefit }`, che non è mai stato attivato
    .help = prima di usare il vantaggio, attiva { $benefit_name } in Partner Center (Vantaggi → Vantaggi tecnici) e aggiungilo in `[[activations]]`
    .label = non attivato

rule-incident-not-activated-activation-order = la richiesta di supporto `{ $incident }` è aperta il { $opened_on }, prima dell'attivazione di `{ $benefit }`
    .help = un vantaggio deve essere attivato prima dell'uso; apri la richiesta di supporto a partire dal { $requested_on }
    .label = aperta prima della richiesta di attivazione
    .label-requested = attivazione richiesta il { $requested_on }

rule-activation-incomplete-activation-complete = la richiesta di supporto `{ $incident }` usa `{ $benefit }`, la cui attivazione non ha ancora { $missing }
    .help = l'ID di accesso e l'ID contratto compaiono in Partner Center quando l'attivazione riesce; registrali come `access_id` e `contract_id`
    .label = usato qui
    .label-activation = attivato qui senza { $missing }

rule-activation-pending-processing-delay = la richiesta di supporto `{ $incident }` è aperta il { $opened_on }, mentre l'attivazione richiesta il { $requested_on } potrebbe essere ancora in elaborazione
    .help = l'elaborazione dell'attivazione richiede alcuni giorni; pianifica la richiesta di supporto a partire dal { $ready_on }
    .label = { $days ->
        [one] entro { $days } giorno dalla richiesta
       *[other] entro { $days } giorni dalla richiesta
    }
    .label-requested = attivazione richiesta il { $requested_on }

rule-incident-scope-scope = `{ $product }` non è coperto da `{ $benefit }`
    .help = { $benefit_name } copre { $covers }; apri la richiesta di supporto con un vantaggio o un piano che copra `{ $product }`
    .label = prodotto { $product_kind }
    .label-benefit = `{ $benefit }` copre { $covers }

rule-incident-product-unsupported-recent-product = `{ $product }` non è un prodotto locale recente
    .help = { $benefit_name } copre solo i prodotti locali recenti (criterio di supporto N-1); usa un piano a pagamento come `premier` per { $product_name }
    .label = non recente

rule-incident-no-contract-contract-link = `{ $opened_by }` non ha un collegamento al contratto di `{ $benefit }` il { $opened_on }
    .help = aggiungi il contratto (ID di accesso `{ $access_id }`) a questo account in Support for Business o con "Collega vantaggi di supporto" nel portale di Azure, quindi apri la richiesta di supporto
    .label = apre la richiesta di supporto senza il contratto
    .label-link = collegato a questo account solo il { $linked_on }

rule-contract-expired-validity-window = la richiesta di supporto `{ $incident }` è aperta il { $opened_on }, dopo che `{ $benefit }` è scaduto il { $expires }
    .help = i vantaggi restano utilizzabili fino alla scadenza; rinnova l'iscrizione oppure usa un piano di supporto a pagamento
    .label = dopo la scadenza
    .label-expiry = scade il { $expires }

rule-quota-exceeded-quota = la richiesta di supporto `{ $incident }` è la numero { $position } per `{ $benefit }`, che ne consente { $quota }
    .help = non restano richieste di supporto per `{ $benefit }`; acquista un piano di supporto come `premier`, oppure ottieni un'iscrizione che ne conceda di più
    .label = oltre il diritto
    .label-membership = { $granted_by } concede { $quota ->
        [one] { $quota } richiesta di supporto
       *[other] { $quota } richieste di supporto
    }

rule-contract-already-linked-uniqueness-contract-links = il contratto con ID di accesso `{ $this-access_id }` è già collegato a `{ $this-account }`
    .help = un contratto si collega a un account una sola volta: è stato collegato la prima volta il { $first-linked_on } in `{ $first-portal }`. Ignora "Questo ID di accesso è già associato a un account" e usa invece "+ Nuova richiesta di supporto"
    .label = collegato di nuovo qui, in `{ $this-portal }`
    .label-first = collegato per la prima volta qui

rule-contract-invalid-link-link-after-expiry = il contratto con ID di accesso `{ $access_id }` è collegato il { $linked_on }, dopo la scadenza del { $expires }
    .help = un contratto scaduto viene nascosto perché non è valido; acquista un nuovo piano di supporto per ottenere richieste di supporto
    .label = collegato dopo la scadenza
    .label-expiry = scade il { $expires }

rule-contract-invalid-link-link-after-exhaustion = il contratto con ID di accesso `{ $access_id }` è collegato il { $linked_on }, dopo l'esaurimento { $quota ->
        [one] dell'unica richiesta di supporto disponibile ({ $quota })
       *[other] delle sue { $quota } richieste di supporto
    }
    .help = un contratto senza richieste di supporto rimanenti viene nascosto perché non è valido; acquista un nuovo piano di supporto per ottenere richieste di supporto
    .label = collegato senza richieste di supporto rimanenti
    .label-last = la richiesta di supporto `{ $last_incident }` ha usato { $quota ->
        [one] l'unica richiesta di supporto disponibile ({ $quota })
       *[other] l'ultima delle { $quota } richieste di supporto
    }

rule-csp-not-enrolled-required-program = la richiesta di supporto `{ $incident }` usa il { $benefit_name }, ma il partner non aderisce a { $program_name }
    .help = il piano Cloud Solution Provider è riservato ai partner CSP; aggiungi `csp` a `partner.programs` se l'azienda lo è, oppure usa un altro piano
    .label = un piano CSP
    .label-programs = nessun `{ $program }` qui

rule-csp-customer-role-required-role = `{ $opened_by }` apre la richiesta di supporto `{ $incident }` per il cliente `{ $customer }` senza il ruolo `admin-agent`
    .help = le richieste per i clienti CSP vengono aperte dagli agenti amministratori (Clienti → Gestione dei servizi → Nuova richiesta); falla aprire a uno di loro
    .label = aperta per un cliente da questo account
    .label-account = `{ $account }` ha { $roles }
