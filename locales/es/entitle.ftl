# Las palabras propias de entitle, traducidas de ../en/entitle.ftl; un mensaje que falte se muestra en inglés.
# Los ids son estables; una traducción conserva el id y las variables (`{ $name }`)
# de cada mensaje. Valores del usuario, ids, claves TOML, códigos y opciones
# de la línea de comandos quedan entre acentos graves, sin traducir.

## Suggestions and lists
did-you-mean = ¿quería decir `{ $suggestion }`?
list-none = ninguno
list-or = { $rest } o { $last }
list-and = { $rest } y { $last }

## Kinds of things, put into sentences as $what
noun-offer = oferta
noun-competency = competencia
noun-program = programa
noun-role = rol
noun-portal = portal
noun-product = producto
noun-benefit-or-plan = ventaja o plan
noun-benefit = ventaja
noun-account = cuenta
noun-access-id = identificador de acceso
noun-version = versión
noun-versions = versiones
noun-policies = políticas
noun-id = identificador
noun-rule-kind = tipo de regla
noun-field = campo
noun-label = etiqueta
noun-collection = colección
noun-subject = objeto
noun-competency-class = clase de competencia
noun-product-kind = tipo de producto
noun-tier = nivel
noun-code = código
noun-rule = regla
noun-document = documento
noun-policy = política
noun-manifest = manifiesto

## Types of values, as the structure checks name them
type-string = una cadena
type-integer = un entero
type-number = un número
type-float = un número decimal
type-boolean = un booleano
type-date = una fecha
type-date-time = una fecha y hora
type-array = una lista
type-table = una tabla
type-listed-word = una de las palabras indicadas
type-nothing = nada
type-other = otro tipo

## Reading files
syntax-not-utf8 = el archivo no es texto UTF-8
syntax-not-utf8-help = los archivos TOML deben estar en UTF-8; guarde el archivo como UTF-8 y vuelva a comprobarlo
syntax-not-utf8-label = este byte no es UTF-8
syntax-help-recursion = los valores se anidan más de lo que necesita un manifiesto; aplane las listas o tablas anidadas
syntax-help-date = escriba las fechas como AAAA-MM-DD y use un día que exista en ese mes
syntax-help-duplicate-key = cada clave puede aparecer una sola vez en una tabla; quite o cambie el nombre de una de ellas
syntax-help = corrija la sintaxis TOML en el lugar marcado
limit-too-deep = las listas o tablas se anidan en más de { $limit } niveles
limit-too-deep-help = un manifiesto se anida como mucho en tres niveles; aplane las listas o tablas anidadas
limit-too-large = el archivo ocupa { $size } bytes, más que el límite de { $limit }
limit-too-large-unknown = el archivo ocupa más de { $limit } bytes, el límite
limit-too-large-help = un manifiesto ocupa unos pocos kilobytes; compruebe que es el archivo correcto o aumente `--max-file-size`
input-not-a-file = no se puede leer `{ $path }`: no es un archivo normal

## Structure (schema)
schema-unknown-key = clave desconocida `{ $key }` en { $table }
schema-known-keys = las claves permitidas aquí son { $keys }
schema-missing-key = falta la clave `{ $key }` en { $table }
schema-missing-key-help-described = añada `{ $key } = …`: { $description }
schema-missing-key-help = añada `{ $key } = …` a esta tabla
schema-wrong-type-literal = `{ $key }` debe ser { $expected }, pero es { $found } `{ $literal }`
schema-wrong-type = `{ $key }` debe ser { $expected }, pero es { $found }
schema-wrong-type-help-date = escriba la fecha como AAAA-MM-DD, con o sin comillas; por ejemplo, `2021-06-15`
schema-wrong-type-help-string = escriba el valor entre comillas dobles
schema-wrong-type-help-array = escriba una lista entre corchetes; por ejemplo, `["a", "b"]`
schema-wrong-type-help = indique aquí { $expected }
schema-bad-date = `{ $key }` debe ser una fecha, pero es `{ $literal }`
schema-bad-date-help = escriba la fecha como AAAA-MM-DD, sin hora; por ejemplo, `2021-06-15`
schema-ends-before-start = la pertenencia termina el `{ $end }`, antes de empezar el `{ $start }`
schema-ends-here = termina aquí, antes de empezar
schema-starts-here = empieza aquí
schema-ends-before-start-help = corrija `start` o `end`: una pertenencia está activa desde su `start` hasta su `end`, ambos días incluidos
schema-bad-form = `{ $key }` tiene un formato incorrecto: `{ $literal }`
schema-not-one-of = `{ $key }` no puede ser `{ $literal }`
schema-not-one-of-help-suggestion = ¿quería decir `{ $suggestion }`? (debe ser { $options })
schema-not-one-of-help = debe ser { $options }
schema-out-of-range = `{ $key }` no puede ser { $literal }
schema-supported-versions = esta versión de entitle lee manifest_version { $versions }
schema-empty = `{ $key }` no puede estar vacío
schema-integer-too-large = `{ $key }` está fuera del intervalo admitido: `{ $literal }`
schema-integer-too-large-help = los enteros deben caber en 64 bits
schema-cannot-read-as = no se puede leer el archivo como { $kind }: { $detail }
schema-top-level = el nivel superior

## Policy selection
policy-unknown = política desconocida `{ $id }`
policy-unknown-version = la política `{ $id }` no tiene la versión `{ $version }`
policy-available = { $what } disponibles: { $ids }
policy-available-suggestion = { $what } disponibles: { $ids }; ¿quería decir `{ $suggestion }`?
policy-no-version-in-effect = ninguna versión de la política `{ $id }` está en vigor el { $as_of }
policy-earliest-version-help = la primera versión entra en vigor el { $earliest }; fije `policy_version` o evalúe con un `as_of` posterior
policy-uncompiled = la política integrada `{ $id }@{ $version }` no se compila en esta versión de `entitle`
policy-uncompiled-help = ejecute `entitle policy lint` sobre las políticas con que se compiló, o use `--policy-dir`
policy-ambiguous = hay varias políticas disponibles y el manifiesto no indica ninguna
policy-ambiguous-help = defina `evaluation.policy` o use `--policy`; las políticas disponibles son { $ids }

## Policy compilation
compile-duplicate-id = `{ $id }` ({ $what }) se define dos veces
compile-first-defined-here = primera definición
compile-duplicate-id-help = los identificadores deben ser únicos en su catálogo; quite uno o cámbiele el nombre
compile-unknown-reference = { $what } `{ $id }` inexistente
compile-reference-help-none = esta política no define elementos de tipo { $what }
compile-reference-help = los identificadores de { $what } son { $ids }
compile-unknown-code = código de diagnóstico desconocido `{ $code }`
compile-declare-code-help = declárelo en `[[codes]]` con `id = "{ $code }"`, una `severity`, un `summary` y una `explanation`
compile-declare-code-help-suggestion = ¿quería decir `{ $suggestion }`? si `{ $code }` es un código nuevo, declárelo en `[[codes]]` con `id = "{ $code }"`, una `severity`, un `summary` y una `explanation`
compile-built-in-code = `{ $code }` es un código integrado; una política no puede declararlo
compile-bad-code-id = `{ $code }` no es un código
compile-built-in-code-help = las reglas pueden notificar el código integrado `reference.unknown` sin declararlo; dé a los demás códigos un nombre propio
compile-bad-code-id-help = escriba palabras en minúsculas de letras, dígitos y `-`, unidas por `.`, con 64 caracteres como máximo; por ejemplo, `quota.exceeded`
compile-unknown-kind = tipo de regla desconocido `{ $kind }`
compile-missing-param = una regla `{ $kind }` necesita `{ $param }`
compile-foreign-param = una regla `{ $kind }` no admite `{ $param }`
compile-kind-no-params = `{ $kind }` no admite más parámetros que code, kind, severity, message, help, label y labels
compile-kind-params = `{ $kind }` admite { $params }
compile-unknown-placeholder = `{ $placeholder }` no es un campo de las reglas `{ $kind }`
compile-unknown-label = las reglas `{ $kind }` no tienen la etiqueta `{ $name }`
compile-unclosed-placeholder = un marcador de posición no está cerrado
compile-unclosed-placeholder-help = ciérrelo con `{ "}" }` o escriba `{ "{{" }` para una llave literal
compile-missing-reference-rule = la política no tiene ninguna regla `reference`
compile-missing-reference-rule-help = añada una regla con `code = "reference.unknown"` y `kind = "reference"`: sin ella, los identificadores desconocidos pasarían inadvertidos
compile-unknown-base = la política `{ $id }` no tiene ninguna versión `{ $version }` que ampliar
compile-extends-cycle = las versiones se amplían unas a otras en círculo: { $chain }
compile-extends-cycle-help = una versión amplía otra anterior; quite `extends` de la primera versión
compile-cycle-more = … y { $count ->
    [one] otra más
   *[other] { $count } más
}
compile-extends-too-deep = la versión `{ $version }` amplía una cadena de más de { $limit } versiones
compile-extends-too-deep-help = cada comprobación combina la cadena entera, así que puede tener como mucho { $limit } versiones; amplíe una versión anterior o escriba una versión que no amplíe ninguna
compile-unknown-removal = `[remove] { $collection }` indica `{ $key }`, que la versión ampliada no tiene
compile-duplicate-rule-help = dos reglas del mismo código y tipo necesitan cada una un `id`, para que las versiones posteriores puedan distinguirlas
compile-duplicate-grant = la ventaja `{ $benefit }` concede dos veces a `{ $tier }` para la misma clase de competencia
compile-unknown-collection = el manifiesto no tiene ninguna colección `{ $name }`
compile-unknown-field = `[[{ $collection }]]` no tiene ningún campo `{ $field }`
compile-version-form = la versión de política `{ $version }` no es una fecha
compile-version-form-help = nombre las versiones por la fecha del texto que siguen, AAAA-MM-DD
compile-id-form = el identificador de política `{ $id }` contiene un carácter de control o invisible
compile-id-form-help = nombre la política en kebab-case; por ejemplo, `mpn-technical-support`
compile-duplicate-version = la versión `{ $version }` de la política `{ $id }` también se define en `{ $other }`

## Policy lint
lint-file-name-version = el nombre del archivo corresponde a la versión `{ $file_version }`, pero su encabezado dice `{ $version }`
lint-file-name-version-help = cambie el nombre del archivo a `{ $version }.toml` o corrija `version` en `[policy]`
lint-unused = { $what } `{ $id }` sin uso: { $why }
lint-no-rule-reports-it = ninguna regla lo notifica
lint-no-competency-has-it = ninguna competencia la tiene
lint-no-product-has-it = ningún producto lo tiene
lint-no-benefit-grants-it = ninguna ventaja le concede nada
lint-no-benefit-covers-it = ninguna ventaja ni plan lo cubre
lint-unused-help = quítelo o úselo donde correspondía
lint-unreachable = la regla `{ $key }` nunca puede activarse: { $why }
lint-no-product-of-those-kinds = ningún producto es de los tipos que selecciona su `when`
lint-only-plans = su `when` selecciona solo planes, que este tipo de regla no comprueba
lint-no-recent-only-scope = el ámbito de ninguna ventaja se limita a productos recientes
lint-no-limited-grant = ninguna concesión es limitada
lint-zero-days = un plazo de 0 días siempre se cumple
lint-no-tier-requires = ningún nivel exige una competencia
lint-no-tier-forbids = ningún nivel prohíbe una competencia
lint-no-contract-benefit = ninguna ventaja necesita un contrato vinculado
lint-no-activated-benefit = ninguna ventaja necesita activación
lint-unreachable-help = corrija sus parámetros o los catálogos de los que depende, o quítela
lint-quota-order = `{ $higher }` recibe { $high ->
    [one] 1 incidente
   *[other] { $high } incidentes
} de `{ $benefit }`, menos que el nivel inferior `{ $lower }` ({ $low })
lint-quota-order-help = los niveles se ordenan como los enumera `[[tiers]]`, del más bajo al más alto; corrija el número o el orden
lint-id-case = `{ $id }` no está en kebab-case; ¿quería decir `{ $suggestion }`?
lint-id-case-help = los identificadores son palabras en minúsculas unidas por guiones, como `cloud-platform`
lint-effective-order = la versión `{ $version }` entra en vigor el { $effective }, antes que la versión anterior `{ $earlier }` ({ $earlier_effective })
lint-extends-later = la versión `{ $version }` amplía la versión posterior `{ $base }`
lint-effective-order-help = una versión posterior entra en vigor más tarde y amplía una anterior
lint-identical = la versión `{ $version }` no cambia nada de `{ $previous }`
lint-identical-help = quítela o haga el cambio que debía hacer

## Policy list and diff
list-column-id = id
list-column-version = versión
list-column-effective = vigencia
list-column-extends = amplía
list-column-digest = resumen
list-column-file = archivo
diff-digest = resumen { $from } → { $to }
diff-none = (ninguno)
diff-no-changes = sin cambios
diff-summary = { $added ->
    [one] 1 añadido
   *[other] { $added } añadidos
}, { $removed ->
    [one] 1 quitado
   *[other] { $removed } quitados
}, { $changed ->
    [one] 1 cambiado
   *[other] { $changed } cambiados
}
diff-flip-to-ineligible = apto → no apto ({ $codes })
diff-flip-to-eligible = no apto → apto (ya sin { $codes })
diff-replay-summary = { $manifests ->
    [one] 1 manifiesto
   *[other] { $manifests } manifiestos
}: { $to_ineligible } apto → no apto, { $to_eligible } no apto → apto, { $unchanged } sin cambios

## Command line
cli-cannot-read = no se puede leer `{ $path }`: { $reason }
cli-shard-form = `{ $text }` no es una partición: escriba K/N con 1 ≤ K ≤ N; por ejemplo, `2/4`
cli-stdin-twice = `-` (stdin) indicado dos veces: la entrada estándar solo se puede leer una vez
cli-no-manifests = no hay ningún manifiesto en `{ $dir }`: no contiene ningún archivo `*.toml`
cli-output-is-input = `{ $path }` es a la vez un manifiesto que comprobar y el archivo de `--output`: el informe lo sobrescribiría
cli-cannot-start-threads = no se pueden iniciar los subprocesos de trabajo: { $reason }
cli-worker-failed = un subproceso de trabajo se detuvo antes de terminar sus archivos
cli-cannot-write = no se puede escribir `{ $path }`: { $reason }
cli-cannot-write-stdout = no se puede escribir en stdout: { $reason }
cli-cannot-spool = no se puede retener el informe hasta el final de la ejecución: { $reason }; defina `TMPDIR` como un directorio con permiso de escritura
cli-is-a-directory = es un directorio
cli-too-many-links = demasiados niveles de vínculos simbólicos
cli-progress = { $done }/{ $total } archivos comprobados
cli-policy-does-not-compile = la política no se compila: { $count ->
    [one] 1 error
   *[other] { $count } errores
}
cli-stale-schema = `{ $path }` está desactualizado; ejecute `entitle schema { "{" }manifest,policy{ "}" } > { $path }` para actualizarlo

## explain
explain-unknown-code-suggestion = código desconocido `{ $code }`; ¿quería decir `{ $suggestion }`?
explain-unknown-code = código desconocido `{ $code }`; `entitle explain --list` enumera los códigos
explain-rule = En { $policy }, una regla `{ $kind }` ({ $severity }): { $summary }
explain-template-message = mensaje
explain-template-help = ayuda

## Labels a rule draws when its policy gives none
label-first-listed = primera aparición
label-partner-programs = los programas del partner
label-membership-runs = la pertenencia `{ $offer }` va del { $start } al { $end }
label-account-holds = `{ $account }` tiene { $roles }
label-activation-requested = activación solicitada el { $requested_on }
label-activated-without = activada aquí sin { $missing }
label-linked-on = vinculado a esta cuenta solo el { $linked_on }
label-benefit-covers = `{ $benefit }` cubre { $covers }
label-grants = { $granted_by } concede { $quota }
label-expires = caduca el { $expires }
label-last-incident = el incidente `{ $last_incident }` agotó { $quota }

## Words rules put into their messages
missing-access-and-contract-id = un identificador de acceso y un identificador de contrato
missing-access-id = un identificador de acceso
missing-contract-id = un identificador de contrato
covers-kinds = productos { $kinds }
covers-kinds-and-products = productos { $kinds } y { $products }
covers-nothing = ningún producto
roles-none = ningún rol
incidents-unlimited = incidentes ilimitados
incidents = { $count ->
    [one] 1 incidente
   *[other] { $count } incidentes
}
date-after-the-calendar = un día posterior al { $last }
date-not-a-date = `{ $text }` no es una fecha con el formato AAAA-MM-DD

## Reports
report-no-problems = { $path }: no se encontraron problemas
report-eligible = { $path }: apto según { $policy }
report-policy = { $id }@{ $version } (resumen { $digest })
report-judged = { $path }: evaluado con { $policy }
report-summary = { $files ->
    [one] 1 archivo comprobado
   *[other] { $files } archivos comprobados
}: { $errors ->
    [one] 1 error
   *[other] { $errors } errores
}, { $warnings ->
    [one] 1 advertencia
   *[other] { $warnings } advertencias
}
report-summary-waived = { $files ->
    [one] 1 archivo comprobado
   *[other] { $files } archivos comprobados
}: { $errors ->
    [one] 1 error
   *[other] { $errors } errores
}, { $warnings ->
    [one] 1 advertencia
   *[other] { $warnings } advertencias
}, { $waived ->
    [one] 1 eximido
   *[other] { $waived } eximidos
}
report-repeated = y { $more ->
    [one] 1 hallazgo más
   *[other] { $more } hallazgos más
} como este en este archivo, no mostrados

## Waivers
waiver-unknown-code = código desconocido `{ $code }` en una exención
waiver-unwaivable-code = `{ $code }` no admite exenciones
waiver-unwaivable-code-help = los hallazgos de sintaxis, esquema, límites, exenciones y directivas detienen o juzgan la propia comprobación; corrija el hallazgo
waiver-expired = la exención de `{ $code }` caducó el { $expires }
waiver-expired-help = ya no exime de nada; corrija el hallazgo o pida a { $owner } que renueve la exención con un nuevo `expires`
waiver-expiring = la exención de `{ $code }` ({ $count ->
    [one] 1 hallazgo
   *[other] { $count } hallazgos
}) caduca el { $expires }
waiver-expiring-help = a partir de ese día los hallazgos no superan la comprobación; corríjalos o pida a { $owner } que renueve la exención
waiver-unused-target = la exención de `{ $code }` para `{ $target }` no coincide con ningún hallazgo
waiver-unused = la exención de `{ $code }` no coincide con ningún hallazgo
waiver-unused-help = quítela si el problema está corregido, o corrija su `code` o su `target`
waiver-note-ticket = eximido por { $owner } hasta el { $expires } ({ $ticket }): { $reason }
waiver-note = eximido por { $owner } hasta el { $expires }: { $reason }

## Machine formats
format-help = ayuda: { $help }
format-junit-failure = { $count ->
    [one] 1 error
   *[other] { $count } errores
}: { $codes }
# A finding's severity in the Markdown summary.
severity-error = error
severity-warning = advertencia
severity-waived = eximido
format-markdown-at = en la línea { $line }, columna { $column }
markdown-column-file = archivo
markdown-column-policy = política
markdown-column-eligible = apto
markdown-column-errors = errores
markdown-column-warnings = advertencias
markdown-column-waived = eximidos

## The partner's view (entitlements)
fix-membership-class = una pertenencia `{ $tier }` en una competencia { $class }
fix-membership = una pertenencia `{ $tier }`
fix-grant-unlimited = { $membership } haría ilimitada `{ $benefit }`
fix-grant = { $membership } concedería { $count ->
    [one] 1 incidente
   *[other] { $count } incidentes
} de `{ $benefit }`
fix-ask-activate = pida a `{ $user }` (`{ $role }`) que la active
fix-ask-open = pida a `{ $user }` (`{ $role }`) que lo abra
fix-give-role = asigne a una cuenta el rol { $roles }
fix-link = vincule el contrato (identificador de acceso `{ $access_id }`) a `{ $account }` como muy tarde el { $on }
fix-program = añada `{ $program }` a `partner.programs` cuando la empresa esté inscrita
view-heading = { $name } (MPN { $mpn_id }), evaluado el { $as_of } según { $policy }
view-column-benefit = ventaja
view-column-granted-by = concedida por
view-column-entitlement = derecho
view-column-used = usados
view-column-remaining = restantes
view-column-activated = activada
view-column-expires = caduca
view-column-linked-to = vinculada a
view-yes = sí
view-no = no
view-unlimited = ilimitado
view-fixes-heading = Para superar la comprobación:
view-nothing-to-fix = Nada que corregir: el manifiesto es apto.
fix-remove-activation = elimine la activación de `{ $benefit }`; o bien { $grant }
view-rejected = rechazada
view-waived-heading = Supera la comprobación gracias a { $count ->
    [one] una exención
   *[other] { $count } exenciones
}:
view-waived-item = { $problem } ({ $code }): eximido hasta el { $expires } por { $owner }: { $reason }
view-warnings-heading = { $count ->
    [one] Advertencia
   *[other] Advertencias
}:

## The pipeline's diagnostic codes: a one-line summary, and an explanation
## (what it means, why it matters, how to fix it) that `entitle explain` shows.
code-syntax = el archivo no es TOML válido
    .explanation =
        El archivo no es TOML válido, o ni siquiera es texto UTF-8.

        Por qué: no se puede evaluar nada en un archivo que no se puede leer. Las
        fechas no válidas (`2021-02-30`) también son errores de sintaxis TOML.

        Solución: corrija la sintaxis en el lugar marcado; TOML necesita `key = value`,
        cadenas entre comillas y fechas escritas como `YYYY-MM-DD`.
code-schema = la estructura es incorrecta: clave desconocida, tipo incorrecto, campo que falta, fecha errónea
    .explanation =
        La estructura del archivo es incorrecta: una clave desconocida, un valor de
        tipo incorrecto, una clave que falta, una fecha mal escrita o una pertenencia
        cuyo `end` es anterior a su `start`. Todos estos fallos del archivo se
        notifican en una sola ejecución.

        Por qué: las comprobaciones siguientes se basan en la estructura que describe
        el esquema JSON publicado (`entitle schema manifest`) y en periodos que
        pueden estar activos (una pertenencia que termina antes de empezar nunca lo está).

        Solución: siga la línea de ayuda; una clave desconocida viene con la clave
        conocida más parecida. Los editores que leen el comentario `#:schema` los
        marcan mientras escribe.
code-reference-unknown = un identificador que ni la política ni el manifiesto definen
    .explanation =
        Un identificador que ni la política ni el manifiesto definen: una oferta,
        competencia, rol, ventaja, plan, producto, portal, programa, cuenta,
        identificador de acceso, política o versión de política.

        Por qué: cada identificador debe significar algo, o las comprobaciones que lo
        usan no se pueden hacer. Se notifica una vez, aquí, y no otra vez en las
        reglas que lo usan.

        Solución: use un identificador de la política (`entitle explain` indica de
        dónde vienen); la línea de ayuda sugiere el más parecido.
code-waiver-expired = una exención cuya fecha de caducidad ya pasó
    .explanation =
        Una exención ha superado su fecha `expires`: ya no exime de nada.

        Por qué: una exención acepta un hallazgo durante un tiempo, con un responsable
        que responde de él; una exención antigua no debe ocultar un problema para siempre.

        Solución: corrija lo que eximía o renueve la exención con una fecha y un motivo nuevos.
code-waiver-expiring = una exención que caduca pronto
    .explanation =
        Una exención caduca dentro del periodo de aviso de la política.

        Por qué: el hallazgo que exime no superará pronto la comprobación.

        Solución: corrija el hallazgo o pida a su responsable que renueve la exención.
code-waiver-unused = una exención que no coincide con ningún hallazgo
    .explanation =
        Una exención que no coincide con ningún hallazgo.

        Por qué: o el problema está corregido, o el código o el destino de la exención son incorrectos.

        Solución: quite la exención o corrija su `code` o su `target`.
code-limit-file-size = el archivo supera el límite de tamaño
    .explanation =
        El archivo supera el límite (`--max-file-size`): no se lee.

        Por qué: un manifiesto ocupa unos pocos kilobytes; un archivo de muchos megabytes
        es un error, o un intento de agotar la máquina que lo comprueba.

        Solución: compruebe que es el archivo correcto o aumente `--max-file-size` si de verdad lo es.
code-limit-depth = las listas o tablas se anidan más allá del límite
    .explanation =
        Las listas o tablas se anidan más allá del límite: el archivo no se analiza.
        Cada parte de una clave con puntos (`a.b.c`, en un encabezado o antes de `=`)
        es una tabla propia, así que una clave con más partes que el límite es demasiado profunda.

        Por qué: un manifiesto se anida en tres niveles; anidar más es un error,
        o un intento de agotar el analizador.

        Solución: aplane las listas o tablas anidadas.
code-policy-reference = un archivo de política hace referencia a un identificador que no define
    .explanation =
        Un archivo de política hace referencia a un identificador que no define.

        Solución: defina el identificador en su catálogo o corrija la referencia.
code-policy-duplicate = un archivo de política define un identificador dos veces
    .explanation =
        Un archivo de política define un identificador dos veces.

        Solución: quite la segunda definición o cámbiele el nombre.
code-policy-extends-depth = una versión amplía una cadena de versiones más larga que el límite
    .explanation =
        Una versión amplía una cadena de versiones más larga que el límite (16): cada
        comprobación combina todas las versiones de la cadena, así que una cadena
        larga la paga cada ejecución.

        Solución: haga que la versión amplíe directamente una anterior, o escriba una
        versión nueva que no amplíe ninguna y contenga toda la política.
code-policy-rule = una regla de política con un código o tipo desconocido, o un parámetro incorrecto
    .explanation =
        Una regla de política indica un código o tipo desconocido, o le falta o usa
        mal un parámetro de su tipo.

        Solución: siga la línea de ayuda; `entitle schema policy` enumera los tipos.
code-policy-placeholder = un mensaje de política interpola un campo que no existe
    .explanation =
        Un mensaje, ayuda o etiqueta de una regla de política interpola un campo que
        su tipo no proporciona.

        Solución: use uno de los campos que enumera la línea de ayuda.
code-policy-unused = una definición que nada usa
    .explanation =
        Una definición que nada usa: una clase de competencia que ninguna competencia
        tiene, un tipo de producto que ningún producto tiene, un nivel al que ninguna
        ventaja concede nada, un producto que ninguna ventaja ni plan cubre. (`entitle policy lint`)

        Solución: quítela o úsela donde correspondía.
code-policy-unreachable = una regla que nunca puede activarse
    .explanation =
        Una regla que nunca puede activarse: su filtro no selecciona nada, o nada en
        la política da a su comprobación algo que examinar. (`entitle policy lint`)

        Solución: corrija su `when` o quítela.
code-policy-quota-order = un nivel superior que recibe menos que uno inferior
    .explanation =
        Un nivel superior recibe menos que uno inferior, en la misma ventaja y clase
        de competencia. Los niveles se ordenan como los enumera la política.
        (`entitle policy lint`)

        Solución: corrija el número o el orden de `[[tiers]]`.
code-policy-id-case = un identificador que no está en kebab-case
    .explanation =
        Un identificador que no está en kebab-case (`cloud-platform`). (`entitle policy lint`)

        Solución: use palabras en minúsculas unidas por guiones.
code-policy-effective-order = fechas de entrada en vigor desordenadas
    .explanation =
        Versiones cuyas fechas de entrada en vigor están desordenadas, o una versión
        que amplía una posterior. (`entitle policy lint`)

        Solución: corrija `effective` o `extends`.
code-policy-file-name = un archivo de política con el nombre de una versión distinta de la de su encabezado
    .explanation =
        Un archivo de política con nombre de versión (`2021-09-01.toml`) cuyo encabezado
        indica otra (`version = "2021-09-02"`): cuenta el encabezado, y el nombre
        confunde a quien busca una versión por su archivo. (`entitle policy lint`)

        Solución: cambie el nombre del archivo o corrija `version`.
code-policy-identical = una versión idéntica a su predecesora
    .explanation =
        Una versión que no cambia nada de la versión anterior.
        (`entitle policy lint`)

        Solución: quítela o haga el cambio que debía hacer.
code-policy-untested = una regla que ningún manifiesto de prueba activa
    .explanation =
        Una regla de una versión de política que ningún manifiesto de prueba activa:
        nada obliga a la regla a notificar lo que debe. Una versión sin ningún
        manifiesto de prueba se notifica una vez. (`entitle policy lint`)

        Solución: añada en `policies/<id>/tests/` un manifiesto de prueba que active la
        regla, con `# expect: CODE` (vea `entitle explain test.expectation`).
code-policy-translation = un archivo de mensajes de una directiva que no coincide con ella
    .explanation =
        Un archivo de mensajes de una directiva (`<version>.<lang>.ftl`, junto
        al archivo de la directiva) que no coincide con ella: sintaxis Fluent
        que no se puede leer, un mensaje de la directiva que no traduce (se
        muestra en inglés), un mensaje que la directiva no tiene, o una
        variable que su regla no le proporciona (o una del texto en inglés que
        omite). Una versión sin archivo de mensajes de un idioma que su base
        sí tiene se indica una vez. (`entitle policy lint`)

        Solución: `entitle policy messages ID@VERSION` muestra cada mensaje con
        su id, sus variables y su texto en inglés; traduzca los que faltan,
        elimine los sobrantes y use las variables que indica la línea de ayuda.
code-test-expectation = no se pueden leer las expectativas de un manifiesto de prueba
    .explanation =
        Un manifiesto de prueba (`policies/<id>/tests/*.toml`) cuyas expectativas no se
        pueden leer. Sus comentarios iniciales dicen lo que la política debe notificar:

            # expect: eligible
            # expect: quota.exceeded@42, contract.already-linked
            # versions: 2021-06-17..

        `# expect:` enumera códigos, cada uno opcionalmente en una línea del archivo de
        prueba (`CODE@LINE`), o `eligible` (sin errores). La lista es completa: un código
        que la política notifica y que no figura en ella hace fallar la prueba.
        `# versions:` enumera versiones de la política, o intervalos `A..B`, `A..`, `..B`
        (inclusivos); sin ella, una prueba se ejecuta con cada versión en vigor en su
        `as_of` (o con la versión que fija).

        Por qué: una prueba que no se puede leer no prueba nada; `entitle policy test`
        termina con el código de salida 2.

        Solución: siga la línea de ayuda: un código conocido (con el más parecido), un
        número de línea dentro del archivo, una versión que la política tenga.
code-test-failed = no se cumple la expectativa de un manifiesto de prueba
    .explanation =
        Una versión de la política no cumple la expectativa de un manifiesto de prueba:
        un código esperado no se notifica, se notifica en otra línea, o se notifica un
        código que no figura en la lista. (`entitle policy test`)

        Por qué: la política ya no evalúa este manifiesto como sus autores dijeron que
        debía hacerlo.

        Solución: si el cambio de la política es intencionado, actualice `# expect:`; si no,
        corrija la política.

## policy test
test-no-tests-in = no hay manifiestos de prueba en { $dir }: colóquelos en `<policy id>/tests/*.toml`
test-no-tests-built-in = no hay manifiestos de prueba en las políticas integradas: colóquelos en `<policy id>/tests/*.toml`
test-under = { $path } con { $policy }
test-invalid = { $path }: no se pueden leer sus expectativas (vea arriba)
test-summary = { $tests ->
    [one] 1 prueba
   *[other] { $tests } pruebas
}, { $runs ->
    [one] 1 ejecución
   *[other] { $runs } ejecuciones
}: { $passed } superadas, { $failed } con fallos
test-summary-invalid = { $tests ->
    [one] 1 prueba
   *[other] { $tests } pruebas
}, { $runs ->
    [one] 1 ejecución
   *[other] { $runs } ejecuciones
}: { $passed } superadas, { $failed } con fallos, { $invalid ->
    [one] 1 prueba ilegible
   *[other] { $invalid } pruebas ilegibles
}
test-mismatch-missing-at = falta `{ $code }` en la línea { $line }
test-mismatch-missing = falta `{ $code }`
test-mismatch-wrong-line = `{ $code }` en la línea { $found }, no en la { $line }
test-mismatch-unexpected = `{ $code }` inesperado en la línea { $line }
test-mismatch-not-eligible = no apto: { $errors ->
    [one] 1 error
   *[other] { $errors } errores
}
test-no-expect = este manifiesto de prueba no tiene ninguna línea `# expect:`
test-empty-item = un elemento vacío: nada entre dos comas
test-twice-help = escriba todas las versiones o intervalos en una sola línea `# versions:`, separados por comas
test-line-help = escriba la línea de este archivo (empezando por 1) en la que se notifica el hallazgo; por ejemplo, `quota.exceeded@42`
test-no-version-help = indique las versiones con las que se ejecuta con `# versions: VERSION` o un intervalo `A..B`, o retrase `as_of`
test-expected-here = esperado aquí
test-not-expected = no esperado
test-expectations-here = las expectativas no lo incluyen
test-missing-help = si el cambio de la política es intencionado, quítelo de `# expect:`; si no, corrija la política para que lo notifique
test-wrong-line-help = si el cambio de la política es intencionado, corrija la línea en `# expect:`; si no, corrija la política
test-not-eligible-help = `eligible` significa sin errores: quite `eligible` de `# expect:` o corrija la política
test-syntax-help = escriba `# expect: eligible` o `# expect: CODE[@LINE], …` (códigos de `entitle explain --list`) y, opcionalmente, `# versions: A..B`; `entitle explain test.expectation` muestra la sintaxis
test-twice = `# { $key }:` aparece dos veces
test-unknown-directive = directiva desconocida `# { $key }:`; ¿quería decir `# { $meant }:`?
test-unknown-code = código desconocido `{ $code }`
test-not-a-manifest-code = `{ $code }` nunca se notifica en un manifiesto
test-bad-line = `{ $line }` no es un número de línea
test-line-out-of-file = la línea { $line } está más allá del final de este archivo ({ $lines } líneas)
test-unknown-version = la política no tiene la versión `{ $version }`
test-missing-at = `{ $policy }` no notifica el código esperado `{ $code }` en la línea { $line }
test-missing = `{ $policy }` no notifica el código esperado `{ $code }`
test-wrong-line = se espera `{ $code }` en la línea { $line }, pero se notifica en { $count ->
    [one] la línea
   *[other] las líneas
} { $found }
test-reported-here = `{ $code }` se notifica aquí, en la línea { $line }
test-unexpected = `{ $code }` inesperado: { $message }
test-unexpected-help = si la política es correcta, añada `{ $code }@{ $line }` a `# expect:`; si no, corrija la política
test-not-eligible = se espera `eligible`, pero `{ $policy }` notifica { $errors ->
    [one] 1 error
   *[other] { $errors } errores
}
test-no-test = ningún manifiesto de prueba se ejecuta con `{ $id }@{ $version }`: ninguna de sus reglas está probada
test-no-test-help = añada manifiestos de prueba en `{ $dir }` con líneas `# expect:`; `entitle explain test.expectation` muestra cómo
test-untested = ninguna prueba activa la regla `{ $key }` de la versión `{ $version }`
test-untested-help = añada en `{ $dir }` un manifiesto de prueba que la regla notifique, con `# expect: { $code }`

## What each rule kind checks, as `explain` says it
kind-reference = cada identificador del manifiesto lo define la política o el manifiesto
kind-uniqueness = ningún par de entradas de una colección comparte los valores de `key`
kind-required-field = cada entrada de `collection` indica `field`
kind-required-program = el partner está asociado a `program`; con `when`, solo para los incidentes que selecciona
kind-active-membership = alguna pertenencia está activa en `as_of` cuando se activan o usan ventajas
kind-competency-required = las pertenencias a niveles con `competency = "required"` indican una competencia
kind-competency-forbidden = las pertenencias a niveles con `competency = "forbidden"` no indican ninguna competencia
kind-required-role = la cuenta que activa (`on = "activations"`) o abre (`on = "incidents"`) tiene uno de los `roles`
kind-eligibility = una ventaja activada la concede una pertenencia activa en `as_of`
kind-processing-delay = un incidente se abre al menos `days` días después de solicitarse su activación
kind-activation-complete = un incidente usa una activación cuyo identificador de acceso e identificador de contrato se conocen
kind-activation-required = un incidente usa una ventaja que se activó
kind-activation-order = un incidente se abre el día en que se solicitó su activación o después
kind-contract-link = la cuenta que abre el incidente tiene vinculado el contrato de la ventaja como muy tarde el día del incidente
kind-scope = el producto es de un tipo (o es un producto) que cubre la ventaja o el plan
kind-recent-product = con una ventaja limitada a productos recientes, el producto es reciente el día en que se abre el incidente
kind-quota = los incidentes de una ventaja no superan el mejor derecho de las pertenencias activas
kind-validity-window = un incidente se abre como muy tarde el día en que caduca su ventaja
kind-link-after-expiry = un contrato se vincula como muy tarde el día en que caduca
kind-link-after-exhaustion = un contrato se vincula mientras le quedan incidentes

## Policy message files (`<version>.<lang>.ftl`), as `entitle policy lint` checks them
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

## The language server's own words (hovers, code actions)
lsp-help = ayuda
lsp-more = y { $n ->
    [one] uno más como este
   *[other] { $n } más como este
}
lsp-waived = eximido hasta el { $date }: { $reason } ({ $owner })
lsp-replace = reemplazar por `{ $value }`
lsp-waive = eximir `{ $code }` aquí (añadir una entrada [[waivers]])
lsp-remove-link = eliminar este vínculo de contrato duplicado
lsp-waiver-reason = por qué se acepta este hallazgo
lsp-waiver-owner = quién responde de ello
lsp-name = nombre
lsp-tier = oferta
lsp-competency = competencia
lsp-class = clase
lsp-benefit = ventaja
lsp-plan = plan
lsp-product = producto
lsp-kind = tipo
lsp-recent = reciente el { $date }
lsp-not-recent = no reciente el { $date }
lsp-mainstream-end = el soporte estándar termina el { $date }
lsp-scope = cubre
lsp-recent-only = solo productos recientes
lsp-needs-activation = debe activarse
lsp-needs-contract = necesita un vínculo de contrato
lsp-grants = otorga
lsp-any-class = cualquier competencia
lsp-incidents = { $n ->
    [one] { $n } incidente
   *[other] { $n } incidentes
}
lsp-account = cuenta
lsp-roles = roles
lsp-activation = activación de `{ $benefit }`, solicitada el { $date }
lsp-expires = caduca el { $date }
lsp-active-on = activas el { $date }
lsp-memberships = pertenencias
lsp-contracts = contratos
lsp-none = ninguno
lsp-policy = directiva
lsp-severity = gravedad

## The page of `entitle serve`
page-title = Comprobar un manifiesto de pertenencia
page-intro = Pegue un manifiesto o suelte un archivo .toml: entitle indica qué está mal, bajo la línea en la que está, y a qué tiene derecho el partner. No se guarda nada.
page-manifest = Manifiesto (TOML)
page-paste-here = Pegue aquí el manifiesto o suelte un archivo en este cuadro
page-choose-file = O elija un archivo
page-check = Comprobar
page-language = Idioma
page-auto = Idioma del navegador
page-checking = Comprobando…
page-result = Resultado
page-eligible = Supera la comprobación: sin errores
page-not-eligible = No supera la comprobación
page-errors = Errores
page-warnings = Advertencias
page-waived = eximido
page-waived-count = Eximidos
page-error = error
page-warning = advertencia
page-help = ayuda
page-line = línea
page-column = columna
page-no-findings = Sin hallazgos.
page-lines-hidden = líneas no mostradas
page-source = El manifiesto, con cada hallazgo bajo su línea
page-policy = Directiva
page-entitlements = Derechos
page-benefit = Ventaja
page-granted-by = Otorgada por
page-entitlement = Derecho
page-used = Usados
page-remaining = Restantes
page-activated = Activada
page-expires = Caduca
page-linked-to = Vinculado a
page-yes = sí
page-no = no
page-none = ninguno
page-unlimited = ilimitado
page-what-would-pass = Qué haría que supere la comprobación
page-problem = Problema
page-fix = Solución
page-cannot-judge = El manifiesto no se puede leer lo suficiente para mostrar los derechos.
page-request-failed = El servidor rechazó la solicitud
page-waived-by = eximido
page-rejected = rechazada
page-passing-thanks-to = Lo que hace que supere la comprobación: exenciones
page-waived-until = Eximido hasta

## What each key of a manifest holds: the help of a missing or mistyped one
schema-field-manifest-manifest_version = La versión del formato del manifiesto; por ahora solo existe la 1.
schema-field-manifest-evaluation = Qué política juzga el manifiesto, y en qué fecha.
schema-field-manifest-evaluation-policy = El identificador de la política; por defecto, la única disponible.
schema-field-manifest-evaluation-policy_version = Fija una versión de la política; por defecto, la más reciente vigente en `as_of`.
schema-field-manifest-evaluation-as_of = La fecha en la que se juzga el manifiesto; por defecto, hoy. `--as-of` la sustituye.
schema-field-manifest-partner = La empresa asociada.
schema-field-manifest-partner-mpn_id = El identificador MPN del asociado: solo dígitos.
schema-field-manifest-partner-name = El nombre de la empresa.
schema-field-manifest-partner-programs = Los programas a los que está asociada la empresa (identificadores de programa de la política).
schema-field-manifest-memberships = Las ofertas de pertenencia que el asociado tiene o tuvo.
schema-field-manifest-memberships-offer = Un identificador de nivel de la política, por ejemplo `gold`.
schema-field-manifest-memberships-competency = La competencia con la que se obtuvo la pertenencia, para los niveles que la exigen.
schema-field-manifest-memberships-start = El primer día de la pertenencia.
schema-field-manifest-memberships-end = El último día de la pertenencia.
schema-field-manifest-accounts = Las cuentas de usuario del asociado.
schema-field-manifest-accounts-user = El nombre de usuario, único en el manifiesto: con forma de correo electrónico.
schema-field-manifest-accounts-kind = Cómo inicia sesión la cuenta: `aad` o `msa`.
schema-field-manifest-accounts-roles = Los identificadores de rol de la política que tiene la cuenta (puede estar vacío).
schema-field-manifest-activations = Las ventajas activadas en Partner Center.
schema-field-manifest-activations-benefit = El identificador de ventaja de la política.
schema-field-manifest-activations-activated_by = La cuenta que la activó: una de `[[accounts]]`.
schema-field-manifest-activations-requested_on = El día en que se solicitó la activación.
schema-field-manifest-activations-access_id = Se muestra una vez completada la activación. Es un secreto.
schema-field-manifest-activations-contract_id = Se muestra una vez completada la activación. Es un secreto.
schema-field-manifest-activations-expires = Cuándo caduca la ventaja; por defecto, al terminar la pertenencia que la concede.
schema-field-manifest-contract_links = Los contratos añadidos a cuentas de usuario en un portal de soporte.
schema-field-manifest-contract_links-access_id = El identificador de acceso de una activación. Es un secreto.
schema-field-manifest-contract_links-account = La cuenta a la que se añade el contrato: una de `[[accounts]]`.
schema-field-manifest-contract_links-portal = El identificador del portal de la política donde se añadió.
schema-field-manifest-contract_links-linked_on = El día en que se añadió.
schema-field-manifest-incidents = Los incidentes de soporte abiertos, o previstos.
schema-field-manifest-incidents-id = El identificador del incidente, único en el manifiesto.
schema-field-manifest-incidents-benefit = Un identificador de ventaja o de plan de la política.
schema-field-manifest-incidents-product = Un identificador de producto del catálogo de la política.
schema-field-manifest-incidents-opened_by = La cuenta que lo abre: una de `[[accounts]]`.
schema-field-manifest-incidents-opened_on = El día en que se abre.
schema-field-manifest-incidents-customer = Un cliente CSP para el que se hace la solicitud.
schema-field-manifest-waivers = Hallazgos aceptados durante un tiempo, cada uno con un responsable y una fecha de caducidad.
schema-field-manifest-waivers-code = El código de los hallazgos que acepta, por ejemplo `quota.exceeded`.
schema-field-manifest-waivers-target = La limita a los hallazgos sobre este valor: un identificador de incidente, una cuenta, una ventaja, un producto, los cuatro últimos caracteres de un identificador de acceso.
schema-field-manifest-waivers-reason = Por qué se acepta el hallazgo.
schema-field-manifest-waivers-owner = Quién responde de ella.
schema-field-manifest-waivers-ticket = La incidencia que la sigue.
schema-field-manifest-waivers-expires = El último día en que acepta el hallazgo.
