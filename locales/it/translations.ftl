# Parole sui file di messaggi di un criterio (`<version>.<lang>.ftl`), che
# `entitle policy lint` confronta con il criterio che traducono.

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
