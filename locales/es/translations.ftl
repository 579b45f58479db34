# Palabras sobre los archivos de mensajes de una directiva (`<version>.<lang>.ftl`),
# que `entitle policy lint` compara con la directiva que traducen.

translation-syntax = no se puede leer este archivo de mensajes: { $error }
translation-syntax-help = escriba los mensajes como `id = texto`, los atributos como `.nombre = texto` con sangría y las variables como `{"{"} $name {"}"}`
translation-missing = el mensaje `{ $key }` de la directiva no tiene traducción `{ $lang }`: se muestra en inglés
translation-missing-help = `entitle policy messages { $policy }@{ $version }` muestra cada mensaje con su texto en inglés; traduzca este
translation-extra = `{ $key }` no es un mensaje de la versión `{ $version }`
translation-extra-help = elimínelo o corrija su id: `entitle policy messages { $policy }@{ $version }` enumera los ids
translation-unknown-variable = `{ $key }` usa `{ $variable }`, que su regla no le proporciona
translation-variables-help = { $count ->
    [0] el mensaje no tiene variables: escriba el valor tal cual
    [one] la variable que puede usar es { $variables }
   *[other] las variables que puede usar son { $variables }
}
translation-missing-variable = `{ $key }` omite `{ $variable }`, que su texto en inglés muestra
translation-missing-variable-help = añada `{"{"} ${ $variable } {"}"}` donde la frase lo necesite
translation-file-missing = la versión `{ $version }` no tiene archivo de mensajes `{ $lang }`: { $count ->
    [one] su único mensaje se muestra
   *[other] sus { $count } mensajes se muestran
} en inglés
translation-file-missing-help = una versión base de `{ $policy }` lo tiene; añada `{ $version }.{ $lang }.ftl` junto a este archivo, a partir de `entitle policy messages { $policy }@{ $version }`
