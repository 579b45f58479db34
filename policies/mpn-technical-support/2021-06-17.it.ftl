# Messaggi del criterio `mpn-technical-support`, versione 2021-06-17, in italiano,
# diversi da quelli della versione 2021-03-04 (che questa estende); il resto è ereditato.

rule-activation-not-eligible-eligibility = nessuna iscrizione attiva concede `{ $benefit }`
    .help = { $benefit_name } è incluso in un'iscrizione { $granted_by }: i partner Action Pack non sono idonei a meno che non ottengano una competenza
    .label = attivato qui

rule-incident-product-unsupported-recent-product = `{ $product }` non è un prodotto locale recente al { $opened_on }
    .help = { $benefit_name } copre la versione corrente (N) e quella precedente (N-1) finché è nel supporto Mainstream; usa un piano a pagamento come `premier` per { $product_name }
    .label = non recente

rule-incident-no-contract-contract-link = `{ $opened_by }` non ha un collegamento al contratto di `{ $benefit }` il { $opened_on }
    .help = ogni account aggiunge il contratto una volta (ID di accesso `{ $access_id }`) in Support for Business o con "Collega vantaggi di supporto" nel portale di Azure, quindi apre le richieste di supporto; Microsoft 365 non richiede un contratto
    .label = apre la richiesta di supporto senza il contratto
    .label-link = collegato a questo account solo il { $linked_on }

rule-csp-customer-role-required-role = `{ $opened_by }` apre la richiesta di supporto cloud `{ $incident }` per il cliente `{ $customer }` senza il ruolo `admin-agent`
    .help = le richieste cloud per i clienti CSP vengono aperte dagli agenti amministratori (Clienti → Gestione dei servizi → Nuova richiesta); le richieste per prodotti locali possono provenire da qualsiasi account
    .label = aperta per un cliente da questo account
    .label-account = `{ $account }` ha { $roles }
