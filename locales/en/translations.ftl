# Words about a policy's message files (`<version>.<lang>.ftl`), which
# `entitle policy lint` checks against the policy they translate.

translation-syntax = this message file cannot be read: { $error }
translation-syntax-help = write messages as `id = text`, attributes as indented `.name = text`, and variables as `{"{"} $name {"}"}`
translation-missing = the policy's message `{ $key }` has no `{ $lang }` translation: it is shown in English
translation-missing-help = `entitle policy messages { $policy }@{ $version }` prints every message with its English text; translate this one
translation-extra = `{ $key }` is not a message of version `{ $version }`
translation-extra-help = remove it, or correct its id: `entitle policy messages { $policy }@{ $version }` lists the ids
translation-unknown-variable = `{ $key }` uses `{ $variable }`, which its rule does not give it
translation-variables-help = { $count ->
    [0] the message has no variables: write the value itself
    [one] the variable it may use is { $variables }
   *[other] the variables it may use are { $variables }
}
translation-missing-variable = `{ $key }` leaves out `{ $variable }`, which its English text shows
translation-missing-variable-help = add `{"{"} ${ $variable } {"}"}` where the sentence needs it
translation-file-missing = version `{ $version }` has no `{ $lang }` message file: { $count ->
    [one] its one message is
   *[other] its { $count } messages are
} shown in English
translation-file-missing-help = a base version of `{ $policy }` has one; add `{ $version }.{ $lang }.ftl` beside this file, from `entitle policy messages { $policy }@{ $version }`
