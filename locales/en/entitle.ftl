# entitle's own words, in English: the source every translation follows.
# Ids are stable; a translation keeps each message's id and its variables
# (`{ $name }`) and words the rest as its readers would. User values, ids,
# TOML keys, codes and command-line flags stay in backticks, untranslated.

## Suggestions and lists
did-you-mean = did you mean `{ $suggestion }`?
# An empty list of ids.
list-none = none
# `a`, `b` or `c`: $rest is the ids but the last, joined by ", ".
list-or = { $rest } or { $last }
# `a`, `b` and `c`.
list-and = { $rest } and { $last }

## Kinds of things, put into sentences as $what
noun-offer = offer
noun-competency = competency
noun-program = program
noun-role = role
noun-portal = portal
noun-product = product
noun-benefit-or-plan = benefit or plan
noun-benefit = benefit
noun-account = account
noun-access-id = Access ID
noun-version = version
noun-versions = versions
noun-policies = policies
noun-id = id
noun-rule-kind = rule kind
noun-field = field
noun-label = label
noun-collection = collection
noun-subject = subject
noun-competency-class = competency class
noun-product-kind = product kind
noun-tier = tier
noun-code = code
noun-rule = rule
noun-document = document
noun-policy = policy
noun-manifest = manifest

## Types of values, as the structure checks name them
type-string = a string
type-integer = an integer
type-number = a number
type-float = a float
type-boolean = a boolean
type-date = a date
type-date-time = a date-time
type-array = an array
type-table = a table
type-listed-word = one of the listed words
type-nothing = nothing
type-other = another type

## Reading files
syntax-not-utf8 = the file is not UTF-8 text
syntax-not-utf8-help = TOML files must be UTF-8; save the file as UTF-8 and check it again
syntax-not-utf8-label = this byte is not UTF-8
syntax-help-recursion = values nest deeper than any manifest needs; flatten the nested arrays or tables
syntax-help-date = write dates as YYYY-MM-DD and use a day that exists in that month
syntax-help-duplicate-key = each key may appear once in a table; remove or rename one of them
syntax-help = correct the TOML syntax at the marked place
limit-too-deep = arrays or tables nest deeper than { $limit } levels
limit-too-deep-help = a manifest nests three levels deep at most; flatten the nested arrays or tables
limit-too-large = the file is { $size } bytes, more than the limit of { $limit }
limit-too-large-unknown = the file is more than { $limit } bytes, the limit
limit-too-large-help = a manifest is a few kilobytes; check the right file, or raise `--max-file-size`
input-not-a-file = cannot read `{ $path }`: not a regular file

## Structure (schema)
schema-unknown-key = unknown key `{ $key }` in { $table }
schema-known-keys = the keys allowed here are { $keys }
schema-missing-key = missing key `{ $key }` in { $table }
schema-missing-key-help-described = add `{ $key } = …`: { $description }
schema-missing-key-help = add `{ $key } = …` to this table
schema-wrong-type-literal = `{ $key }` must be { $expected }, found { $found } `{ $literal }`
schema-wrong-type = `{ $key }` must be { $expected }, found { $found }
schema-wrong-type-help-date = write the date as YYYY-MM-DD, unquoted or quoted, e.g. `2021-06-15`
schema-wrong-type-help-string = put the value in double quotes
schema-wrong-type-help-array = write a list in brackets, e.g. `["a", "b"]`
schema-wrong-type-help = give { $expected } here
schema-bad-date = `{ $key }` must be a date, found `{ $literal }`
schema-bad-date-help = write the date as YYYY-MM-DD with no time, e.g. `2021-06-15`
schema-ends-before-start = the membership ends on `{ $end }`, before it starts on `{ $start }`
schema-ends-here = it ends here, before it starts
schema-starts-here = it starts here
schema-ends-before-start-help = correct `start` or `end`: a membership is active from its `start` to its `end`, both days included
schema-bad-form = `{ $key }` has the wrong form: `{ $literal }`
schema-not-one-of = `{ $key }` cannot be `{ $literal }`
schema-not-one-of-help-suggestion = did you mean `{ $suggestion }`? (it must be { $options })
schema-not-one-of-help = it must be { $options }
schema-out-of-range = `{ $key }` cannot be { $literal }
schema-supported-versions = this version of entitle reads manifest_version { $versions }
schema-empty = `{ $key }` cannot be empty
schema-integer-too-large = `{ $key }` is out of range: `{ $literal }`
schema-integer-too-large-help = integers must fit in 64 bits
# $kind is a noun-* message: document, manifest or policy.
schema-cannot-read-as = cannot read the file as a { $kind }: { $detail }
# How a path to the document itself is named, as the table a key is missing from.
schema-top-level = the top level

## Policy selection
policy-unknown = unknown policy `{ $id }`
policy-unknown-version = policy `{ $id }` has no version `{ $version }`
# $what is noun-policies or noun-versions.
policy-available = the { $what } available are { $ids }
policy-available-suggestion = the { $what } available are { $ids }; did you mean `{ $suggestion }`?
policy-no-version-in-effect = no version of policy `{ $id }` is in effect on { $as_of }
policy-earliest-version-help = the earliest version takes effect on { $earliest }; pin `policy_version` or judge at a later `as_of`
policy-uncompiled = the built-in policy `{ $id }@{ $version }` does not compile in this build of `entitle`
policy-uncompiled-help = run `entitle policy lint` on the policies it was built from, or pass `--policy-dir`
policy-ambiguous = several policies are available and the manifest names none
policy-ambiguous-help = set `evaluation.policy` or pass `--policy`; the policies available are { $ids }

## Policy compilation
compile-duplicate-id = { $what } `{ $id }` is defined twice
compile-first-defined-here = first defined here
compile-duplicate-id-help = ids must be unique within their catalogue; remove or rename one
compile-unknown-reference = unknown { $what } `{ $id }`
compile-reference-help-none = this policy defines no { $what }
compile-reference-help = the { $what } ids are { $ids }
compile-unknown-code = unknown diagnostic code `{ $code }`
compile-declare-code-help = declare it under `[[codes]]` with `id = "{ $code }"`, a `severity`, a `summary` and an `explanation`
compile-declare-code-help-suggestion = did you mean `{ $suggestion }`? if `{ $code }` is a new code, declare it under `[[codes]]` with `id = "{ $code }"`, a `severity`, a `summary` and an `explanation`
compile-built-in-code = `{ $code }` is a built-in code; a policy cannot declare it
compile-bad-code-id = `{ $code }` is not a code
compile-built-in-code-help = rules may report the built-in `reference.unknown` without declaring it; give other codes a name of your own
compile-bad-code-id-help = write lowercase words of letters, digits and `-`, joined by `.`, at most 64 characters, e.g. `quota.exceeded`
compile-unknown-kind = unknown rule kind `{ $kind }`
compile-missing-param = a `{ $kind }` rule needs `{ $param }`
compile-foreign-param = a `{ $kind }` rule takes no `{ $param }`
compile-kind-no-params = `{ $kind }` takes no parameters besides code, kind, severity, message, help, label and labels
compile-kind-params = `{ $kind }` takes { $params }
# $placeholder is written with its braces: `{name}`.
compile-unknown-placeholder = `{ $placeholder }` is not a field of `{ $kind }` rules
compile-unknown-label = `{ $kind }` rules have no label `{ $name }`
compile-unclosed-placeholder = a placeholder is not closed
compile-unclosed-placeholder-help = close it with `{ "}" }`, or write `{ "{{" }` for a literal brace
compile-missing-reference-rule = the policy has no `reference` rule
compile-missing-reference-rule-help = add a rule with `code = "reference.unknown"` and `kind = "reference"`: without it unknown ids would pass unnoticed
compile-unknown-base = policy `{ $id }` has no version `{ $version }` to extend
compile-extends-cycle = versions extend each other in a circle: { $chain }
compile-extends-cycle-help = a version extends an earlier one; remove `extends` from the first version
# The middle of a long cycle of versions: `a → b → … and 3 more → a`.
compile-cycle-more = … and { $count } more
compile-extends-too-deep = version `{ $version }` extends a chain of more than { $limit } versions
compile-extends-too-deep-help = every check merges the whole chain, so it may be at most { $limit } versions deep; extend an earlier version, or write a version that extends none
compile-unknown-removal = `[remove] { $collection }` names `{ $key }`, which the extended version does not have
compile-duplicate-rule-help = two rules of one code and kind need an `id` each, so that later versions can tell them apart
compile-duplicate-grant = benefit `{ $benefit }` grants to `{ $tier }` twice for the same competency class
compile-unknown-collection = the manifest has no collection `{ $name }`
compile-unknown-field = `[[{ $collection }]]` has no field `{ $field }`
compile-version-form = policy version `{ $version }` is not a date
compile-version-form-help = name versions by the date of the text they follow, YYYY-MM-DD
compile-id-form = policy id `{ $id }` holds a control or invisible character
compile-id-form-help = name a policy in kebab-case, e.g. `mpn-technical-support`
compile-duplicate-version = policy `{ $id }` version `{ $version }` is also defined in `{ $other }`

## Policy lint
lint-file-name-version = the file is named after version `{ $file_version }`, but its header says `{ $version }`
lint-file-name-version-help = rename the file to `{ $version }.toml`, or correct `version` in `[policy]`
lint-unused = { $what } `{ $id }` is unused: { $why }
lint-no-rule-reports-it = no rule reports it
lint-no-competency-has-it = no competency has it
lint-no-product-has-it = no product has it
lint-no-benefit-grants-it = no benefit grants anything to it
lint-no-benefit-covers-it = no benefit or plan covers it
lint-unused-help = remove it, or use it where it was meant to be used
lint-unreachable = rule `{ $key }` can never fire: { $why }
lint-no-product-of-those-kinds = no product is of the kinds its `when` selects
lint-only-plans = its `when` selects only plans, which this kind of rule does not check
lint-no-recent-only-scope = no benefit's scope is limited to recent products
lint-no-limited-grant = no grant is limited
lint-zero-days = a delay of 0 days is always waited out
lint-no-tier-requires = no tier requires a competency
lint-no-tier-forbids = no tier forbids a competency
lint-no-contract-benefit = no benefit needs a contract link
lint-no-activated-benefit = no benefit needs activation
lint-unreachable-help = correct its parameters or the catalogues it depends on, or remove it
# $high is a number of incidents; $low too, or "unlimited".
lint-quota-order = `{ $higher }` gets { $high } `{ $benefit }` incidents, fewer than the lower tier `{ $lower }` ({ $low })
lint-quota-order-help = tiers rank in the order `[[tiers]]` lists them, lowest first; correct the number or the order
lint-id-case = `{ $id }` is not kebab-case; did you mean `{ $suggestion }`?
lint-id-case-help = ids are lowercase words joined by hyphens, like `cloud-platform`
lint-effective-order = version `{ $version }` takes effect on { $effective }, before the earlier version `{ $earlier }` ({ $earlier_effective })
lint-extends-later = version `{ $version }` extends the later version `{ $base }`
lint-effective-order-help = a later version takes effect later, and extends an earlier one
lint-identical = version `{ $version }` changes nothing in `{ $previous }`
lint-identical-help = remove it, or make the change it was meant to make

## Policy list and diff
list-column-id = id
list-column-version = version
list-column-effective = effective
list-column-extends = extends
list-column-digest = digest
list-column-file = file
diff-digest = digest { $from } → { $to }
# A field a version does not set.
diff-none = (none)
diff-no-changes = no changes
diff-summary = { $added } added, { $removed } removed, { $changed } changed
diff-flip-to-ineligible = eligible → not eligible ({ $codes })
diff-flip-to-eligible = not eligible → eligible (no more { $codes })
diff-replay-summary = { $manifests } manifests: { $to_ineligible } eligible → not eligible, { $to_eligible } not eligible → eligible, { $unchanged } unchanged

## Command line
cli-cannot-read = cannot read `{ $path }`: { $reason }
cli-shard-form = `{ $text }` is not a shard: write K/N with 1 ≤ K ≤ N, e.g. `2/4`
cli-stdin-twice = `-` (stdin) given twice: standard input can be read only once
cli-no-manifests = no manifest in `{ $dir }`: no `*.toml` file below it
cli-output-is-input = `{ $path }` is both a manifest to check and the `--output` file: the report would overwrite it
cli-cannot-start-threads = cannot start the worker threads: { $reason }
cli-worker-failed = a worker thread stopped before finishing its files
cli-cannot-write = cannot write `{ $path }`: { $reason }
cli-cannot-write-stdout = cannot write to stdout: { $reason }
cli-cannot-spool = cannot hold the report back until the run ends: { $reason }; set `TMPDIR` to a writable directory
# Why `--output` cannot be written.
cli-is-a-directory = it is a directory
cli-too-many-links = too many levels of symbolic links
cli-progress = checked { $done }/{ $total } files
cli-policy-does-not-compile = the policy does not compile: { $count ->
    [one] 1 error
   *[other] { $count } errors
}
cli-stale-schema = `{ $path }` is stale; run `entitle schema { "{" }manifest,policy{ "}" } > { $path }` to update it

## explain
explain-unknown-code-suggestion = unknown code `{ $code }`; did you mean `{ $suggestion }`?
explain-unknown-code = unknown code `{ $code }`; `entitle explain --list` lists the codes
explain-rule = In { $policy }, a rule of kind `{ $kind }` ({ $severity }): { $summary }
# The names of a rule's templates, padded to 8 characters.
explain-template-message = message
explain-template-help = help

## Labels a rule draws when its policy gives none: templates whose
## placeholders ($offer, …) the rule fills in; keep each one.
label-first-listed = first listed here
label-partner-programs = the partner's programs
label-membership-runs = `{ $offer }` membership runs from { $start } to { $end }
label-account-holds = `{ $account }` holds { $roles }
label-activation-requested = activation requested on { $requested_on }
label-activated-without = activated here without { $missing }
label-linked-on = linked to this account only on { $linked_on }
label-benefit-covers = `{ $benefit }` covers { $covers }
label-grants = { $granted_by } grants { $quota }
label-expires = expires on { $expires }
label-last-incident = incident `{ $last_incident }` used the last of { $quota }

## Words rules put into their messages
missing-access-and-contract-id = an Access ID and a Contract ID
missing-access-id = an Access ID
missing-contract-id = a Contract ID
# $kinds are product kinds: `cloud` products.
covers-kinds = { $kinds } products
covers-kinds-and-products = { $kinds } products and { $products }
covers-nothing = no product
roles-none = no role
incidents-unlimited = unlimited incidents
incidents = { $count ->
    [one] 1 incident
   *[other] { $count } incidents
}
date-after-the-calendar = a day after { $last }
date-not-a-date = `{ $text }` is not a date of the form YYYY-MM-DD

## Reports
report-no-problems = { $path }: no problems found
report-eligible = { $path }: eligible under { $policy }
report-policy = { $id }@{ $version } (digest { $digest })
report-judged = { $path }: judged by { $policy }
report-summary = { $files ->
    [one] 1 file
   *[other] { $files } files
} checked: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}
report-summary-waived = { $files ->
    [one] 1 file
   *[other] { $files } files
} checked: { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}, { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
}, { $waived } waived
report-repeated = and { $more } more { $more ->
    [one] finding
   *[other] findings
} like this one in this file, not shown

## Waivers
waiver-unknown-code = unknown code `{ $code }` in a waiver
waiver-unwaivable-code = `{ $code }` cannot be waived
waiver-unwaivable-code-help = syntax, schema, limit, waiver and policy findings stop or judge the check itself; fix the finding instead
waiver-expired = the waiver of `{ $code }` expired on { $expires }
waiver-expired-help = it no longer waives anything; fix the finding, or ask { $owner } to renew the waiver with a new `expires`
waiver-expiring = the waiver of `{ $code }` ({ $count ->
    [one] 1 finding
   *[other] { $count } findings
}) expires on { $expires }
waiver-expiring-help = after that day the findings fail the check; fix them, or ask { $owner } to renew the waiver
waiver-unused-target = the waiver of `{ $code }` for `{ $target }` matches no finding
waiver-unused = the waiver of `{ $code }` matches no finding
waiver-unused-help = remove it if the problem is fixed, or correct its `code` or `target`
waiver-note-ticket = waived by { $owner } until { $expires } ({ $ticket }): { $reason }
waiver-note = waived by { $owner } until { $expires }: { $reason }

## Machine formats
format-help = help: { $help }
format-junit-failure = { $count ->
    [one] 1 error
   *[other] { $count } errors
}: { $codes }
# A finding's severity in the Markdown summary.
severity-error = error
severity-warning = warning
severity-waived = waived
format-markdown-at = at line { $line }, column { $column }
markdown-column-file = file
markdown-column-policy = policy
markdown-column-eligible = eligible
markdown-column-errors = errors
markdown-column-warnings = warnings
markdown-column-waived = waived

## The partner's view (entitlements)
fix-membership-class = a `{ $tier }` membership in a { $class } competency
fix-membership = a `{ $tier }` membership
fix-grant-unlimited = { $membership } would make `{ $benefit }` unlimited
fix-grant = { $membership } would grant { $count } `{ $benefit }` incidents
fix-ask-activate = ask `{ $user }` (`{ $role }`) to activate it
fix-ask-open = ask `{ $user }` (`{ $role }`) to open it
fix-give-role = give an account the { $roles } role
fix-link = link the contract (Access ID `{ $access_id }`) to `{ $account }` on or before { $on }
fix-program = add `{ $program }` to `partner.programs` once the company is enrolled
view-heading = { $name } (MPN { $mpn_id }), judged on { $as_of } under { $policy }
view-column-benefit = benefit
view-column-granted-by = granted by
view-column-entitlement = entitlement
view-column-used = used
view-column-remaining = remaining
view-column-activated = activated
view-column-expires = expires
view-column-linked-to = linked to
view-yes = yes
view-no = no
view-unlimited = unlimited
view-fixes-heading = To make this pass:
view-nothing-to-fix = Nothing to fix: the manifest is eligible.
fix-remove-activation = remove the `{ $benefit }` activation; or else { $grant }
view-rejected = rejected
view-waived-heading = Passing thanks to { $count ->
    [one] a waiver
   *[other] { $count } waivers
}:
view-waived-item = { $problem } ({ $code }): waived until { $expires } by { $owner }: { $reason }
view-warnings-heading = { $count ->
    [one] Warning
   *[other] Warnings
}:

## The pipeline's diagnostic codes: a one-line summary, and an explanation
## (what it means, why it matters, how to fix it) that `entitle explain` shows.
code-syntax = the file is not valid TOML
    .explanation =
        The file is not valid TOML, or not UTF-8 text at all.

        Why: nothing can be judged in a file that cannot be read. Invalid
        dates (`2021-02-30`) are TOML syntax errors too.

        Fix: correct the syntax at the marked place; TOML needs `key = value`,
        quoted strings, and dates written as `YYYY-MM-DD`.
code-schema = the structure is wrong: unknown key, wrong type, missing field, bad date
    .explanation =
        The structure of the file is wrong: an unknown key, a value of the
        wrong type, a missing key, a malformed date, or a membership whose
        `end` comes before its `start`. Every such fault in the file is
        reported in one run.

        Why: the checks that follow rely on the structure that the published
        JSON Schema (`entitle schema manifest`) describes, and on periods that
        can be active (a membership that ends before it starts never is).

        Fix: follow the help line; an unknown key comes with the nearest known
        one. Editors that read the `#:schema` comment flag these as you type.
code-reference-unknown = an id the policy or the manifest does not define
    .explanation =
        An id that neither the policy nor the manifest defines: an offer,
        competency, role, benefit, plan, product, portal, program, account,
        Access ID, policy or policy version.

        Why: every id must mean something, or the checks that use it cannot be
        made. It is reported once, here, and not again by the rules that use it.

        Fix: use an id of the policy (`entitle explain` lists where they come
        from); the help line suggests the closest one.
code-waiver-expired = a waiver past its expiry date
    .explanation =
        A waiver is past its `expires` date: it no longer waives anything.

        Why: a waiver accepts a finding for a while, with an owner who answers
        for it; an old one must not hide a problem for ever.

        Fix: fix what it waived, or renew the waiver with a new date and reason.
code-waiver-expiring = a waiver that expires soon
    .explanation =
        A waiver expires within the policy's warning window.

        Why: the finding it waives will fail the check soon.

        Fix: fix the finding, or have its owner renew the waiver.
code-waiver-unused = a waiver that matches no finding
    .explanation =
        A waiver that matches no finding.

        Why: either the problem is fixed, or the waiver's code or target is wrong.

        Fix: remove the waiver, or correct its `code` or `target`.
code-limit-file-size = the file is larger than the limit
    .explanation =
        The file is larger than the limit (`--max-file-size`): it is not read.

        Why: a manifest is a few kilobytes; a file of many megabytes is a
        mistake, or an attempt to exhaust the machine that checks it.

        Fix: check the right file, or raise `--max-file-size` if it really is one.
code-limit-depth = arrays or tables nest deeper than the limit
    .explanation =
        Arrays or tables nest deeper than the limit: the file is not parsed.
        Each part of a dotted key (`a.b.c`, in a header or before `=`) is a
        table of its own, so a key of more parts than the limit is too deep.

        Why: a manifest nests three levels deep; deeper nesting is a mistake,
        or an attempt to exhaust the parser.

        Fix: flatten the nested arrays or tables.
code-policy-reference = a policy file refers to an id it does not define
    .explanation =
        A policy file refers to an id it does not define.

        Fix: define the id in its catalogue, or correct the reference.
code-policy-duplicate = a policy file defines one id twice
    .explanation =
        A policy file defines one id twice.

        Fix: remove or rename the second definition.
code-policy-extends-depth = a version extends a chain of versions deeper than the limit
    .explanation =
        A version extends a chain of versions deeper than the limit (16): each
        check merges every version of the chain, so a long one is paid for by
        every run.

        Fix: make the version extend an earlier one directly, or write a new
        version that extends none and holds the whole policy.
code-policy-rule = a policy rule with an unknown code or kind, or a wrong parameter
    .explanation =
        A policy rule names an unknown code or kind, or lacks or misuses a
        parameter of its kind.

        Fix: follow the help line; `entitle schema policy` lists the kinds.
code-policy-placeholder = a policy message interpolates a field that does not exist
    .explanation =
        A message, help or label of a policy rule interpolates a field its
        kind does not provide.

        Fix: use one of the fields the help line lists.
code-policy-unused = a definition nothing uses
    .explanation =
        A definition nothing uses: a competency class no competency has, a
        product kind no product has, a tier no benefit grants to, a product no
        benefit or plan covers. (`entitle policy lint`)

        Fix: remove it, or use it where it was meant to be.
code-policy-unreachable = a rule that can never fire
    .explanation =
        A rule that can never fire: its filter selects nothing, or nothing in
        the policy gives its check anything to look at. (`entitle policy lint`)

        Fix: correct its `when`, or remove it.
code-policy-quota-order = a higher tier granted less than a lower one
    .explanation =
        A higher tier is granted less than a lower one, in the same benefit and
        competency class. Tiers rank in the order the policy lists them.
        (`entitle policy lint`)

        Fix: correct the number, or the order of `[[tiers]]`.
code-policy-id-case = an id that is not kebab-case
    .explanation =
        An id that is not kebab-case (`cloud-platform`). (`entitle policy lint`)

        Fix: use lowercase words joined by hyphens.
code-policy-effective-order = effective dates out of order
    .explanation =
        Versions whose effective dates are out of order, or a version that
        extends a later one. (`entitle policy lint`)

        Fix: correct `effective` or `extends`.
code-policy-file-name = a policy file named after another version than its header's
    .explanation =
        A policy file named like a version (`2021-09-01.toml`) whose header
        says another (`version = "2021-09-02"`): the header counts, and the name
        misleads whoever looks for a version by its file. (`entitle policy lint`)

        Fix: rename the file, or correct `version`.
code-policy-identical = a version identical to its predecessor
    .explanation =
        A version that changes nothing in the version before it.
        (`entitle policy lint`)

        Fix: remove it, or make the change it was meant to make.
code-policy-untested = a rule no test manifest triggers
    .explanation =
        A rule of a policy version that no test manifest triggers: nothing
        holds the rule to what it should report. A version with no test
        manifest at all is reported once. (`entitle policy lint`)

        Fix: add a test manifest under `policies/<id>/tests/` that triggers the
        rule, with `# expect: CODE` (see `entitle explain test.expectation`).
code-policy-translation = a policy message file that does not match its policy
    .explanation =
        A policy's message file (`<version>.<lang>.ftl`, beside the policy
        file) that does not match the policy: Fluent syntax that cannot be
        read, a message of the policy it does not translate (shown in English),
        a message the policy does not have, or a variable its rule does not
        give it (or one of the English text's it leaves out). A version without
        a message file of a language its base has is reported once.
        (`entitle policy lint`)

        Fix: `entitle policy messages ID@VERSION` prints every message with
        its id, variables and English text; translate the missing ones, remove
        the extra ones, and use the variables the help line lists.
code-test-expectation = a test manifest's expectations cannot be read
    .explanation =
        A test manifest (`policies/<id>/tests/*.toml`) whose expectations
        cannot be read. Its leading comments say what the policy must report:

            # expect: eligible
            # expect: quota.exceeded@42, contract.already-linked
            # versions: 2021-06-17..

        `# expect:` lists codes, each optionally at a line of the test file
        (`CODE@LINE`), or `eligible` (no errors). The list is complete: a code
        the policy reports that is not listed fails the test. `# versions:`
        lists versions of the policy, or ranges `A..B`, `A..`, `..B`
        (inclusive); without it, a test runs under every version in effect at
        its `as_of` (or the version it pins).

        Why: a test that cannot be read tests nothing; `entitle policy test`
        ends with exit 2.

        Fix: follow the help line: a known code (with the nearest one), a line
        number inside the file, a version the policy has.
code-test-failed = a test manifest's expectation is not met
    .explanation =
        A test manifest's expectation is not met by a policy version: a code
        it expects is not reported, is reported at another line, or a code it
        does not list is reported. (`entitle policy test`)

        Why: the policy no longer judges this manifest as its authors said it
        must.

        Fix: if the policy change is intended, update `# expect:`; otherwise fix
        the policy.

## policy test
test-no-tests-in = no test manifests in { $dir }: put them in `<policy id>/tests/*.toml`
test-no-tests-built-in = no test manifests in the built-in policies: put them in `<policy id>/tests/*.toml`
# After a status mark: `ok      a.toml under p@v`.
test-under = { $path } under { $policy }
test-invalid = { $path }: its expectations cannot be read (see above)
test-summary = { $tests ->
    [one] 1 test
   *[other] { $tests } tests
}, { $runs ->
    [one] 1 run
   *[other] { $runs } runs
}: { $passed } passed, { $failed } failed
test-summary-invalid = { $tests ->
    [one] 1 test
   *[other] { $tests } tests
}, { $runs ->
    [one] 1 run
   *[other] { $runs } runs
}: { $passed } passed, { $failed } failed, { $invalid ->
    [one] 1 test
   *[other] { $invalid } tests
} could not be read
test-mismatch-missing-at = missing `{ $code }` at line { $line }
test-mismatch-missing = missing `{ $code }`
test-mismatch-wrong-line = `{ $code }` at line { $found }, not { $line }
test-mismatch-unexpected = unexpected `{ $code }` at line { $line }
test-mismatch-not-eligible = not eligible: { $errors } errors
test-no-expect = this test manifest has no `# expect:` line
test-empty-item = an empty item: nothing between two commas
test-twice-help = write every version or range in one `# versions:` line, separated by commas
test-line-help = write the 1-based line of this file where the finding is reported, e.g. `quota.exceeded@42`
test-no-version-help = give the versions it runs under with `# versions: VERSION` or a range `A..B`, or move `as_of` later
test-expected-here = expected here
test-not-expected = not expected
test-expectations-here = the expectations do not list it
test-missing-help = if the policy change is intended, remove it from `# expect:`; otherwise fix the policy so that it reports it
test-wrong-line-help = if the policy change is intended, correct the line in `# expect:`; otherwise fix the policy
test-not-eligible-help = `eligible` means no errors: remove `eligible` from `# expect:`, or fix the policy
test-syntax-help = write `# expect: eligible` or `# expect: CODE[@LINE], …` (codes from `entitle explain --list`), and optionally `# versions: A..B`; `entitle explain test.expectation` shows the syntax
test-twice = `# { $key }:` is written twice
test-unknown-directive = unknown directive `# { $key }:`; did you mean `# { $meant }:`?
test-unknown-code = unknown code `{ $code }`
test-not-a-manifest-code = `{ $code }` is never reported on a manifest
test-bad-line = `{ $line }` is not a line number
test-line-out-of-file = line { $line } is beyond the end of this file ({ $lines } lines)
test-unknown-version = the policy has no version `{ $version }`
test-missing-at = `{ $policy }` does not report the expected `{ $code }` at line { $line }
test-missing = `{ $policy }` does not report the expected `{ $code }`
test-wrong-line = `{ $code }` is expected at line { $line }, but reported at { $count ->
    [one] line
   *[other] lines
} { $found }
test-reported-here = `{ $code }` is reported here, at line { $line }
test-unexpected = unexpected `{ $code }`: { $message }
test-unexpected-help = if the policy is right, add `{ $code }@{ $line }` to `# expect:`; otherwise fix the policy
test-not-eligible = `eligible` is expected, but `{ $policy }` reports { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}
test-no-test = no test manifest runs under `{ $id }@{ $version }`: none of its rules is tested
test-no-test-help = add test manifests under `{ $dir }` with `# expect:` lines; `entitle explain test.expectation` shows how
test-untested = no test triggers rule `{ $key }` of version `{ $version }`
test-untested-help = add a test manifest under `{ $dir }` that the rule reports, with `# expect: { $code }`

## What each rule kind checks, as `explain` says it
kind-reference = every id in the manifest is one the policy or the manifest defines
kind-uniqueness = no two entries of a collection share the values of `key`
kind-required-field = every entry of `collection` sets `field`
kind-required-program = the partner is associated with `program`; with `when`, only for the incidents it selects
kind-active-membership = some membership is active at as_of when benefits are activated or used
kind-competency-required = memberships of tiers whose `competency = "required"` name a competency
kind-competency-forbidden = memberships of tiers whose `competency = "forbidden"` name no competency
kind-required-role = the account that activates (`on = "activations"`) or opens (`on = "incidents"`) holds one of `roles`
kind-eligibility = an activated benefit is granted by a membership active at as_of
kind-processing-delay = an incident opens at least `days` days after its activation was requested
kind-activation-complete = an incident uses an activation whose Access ID and Contract ID are known
kind-activation-required = an incident uses a benefit that was activated
kind-activation-order = an incident opens on or after the day its activation was requested
kind-contract-link = the opening account has the benefit's contract linked on or before the incident
kind-scope = the product is of a kind (or is a product) the benefit or plan covers
kind-recent-product = under a benefit limited to recent products, the product is recent on the day the incident opens
kind-quota = incidents under a benefit stay within the best entitlement of the active memberships
kind-validity-window = an incident opens on or before the day its benefit expires
kind-link-after-expiry = a contract is linked on or before the day it expires
kind-link-after-exhaustion = a contract is linked while incidents remain under it

## Policy message files (`<version>.<lang>.ftl`), as `entitle policy lint` checks them
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

## The language server's own words (hovers, code actions)
lsp-help = help
lsp-more = and { $n ->
    [one] one more like it
   *[other] { $n } more like it
}
lsp-waived = waived until { $date }: { $reason } ({ $owner })
lsp-replace = replace with `{ $value }`
lsp-waive = waive `{ $code }` here (add a [[waivers]] entry)
lsp-remove-link = remove this duplicate contract link
lsp-waiver-reason = why this finding is accepted
lsp-waiver-owner = who answers for it
lsp-name = name
lsp-tier = offer
lsp-competency = competency
lsp-class = class
lsp-benefit = benefit
lsp-plan = plan
lsp-product = product
lsp-kind = kind
lsp-recent = recent on { $date }
lsp-not-recent = not recent on { $date }
lsp-mainstream-end = mainstream support ends { $date }
lsp-scope = covers
lsp-recent-only = recent products only
lsp-needs-activation = must be activated
lsp-needs-contract = needs a contract link
lsp-grants = grants
lsp-any-class = any competency
lsp-incidents = { $n ->
    [one] { $n } incident
   *[other] { $n } incidents
}
lsp-account = account
lsp-roles = roles
lsp-activation = activation of `{ $benefit }`, requested { $date }
lsp-expires = expires { $date }
lsp-active-on = active on { $date }
lsp-memberships = memberships
lsp-contracts = contracts
lsp-none = none
lsp-policy = policy
lsp-severity = severity

## The page of `entitle serve`
page-title = Check a membership manifest
page-intro = Paste a manifest or drop a .toml file: entitle says what is wrong, under the line it is on, and what the partner is entitled to. Nothing is stored.
page-manifest = Manifest (TOML)
page-paste-here = Paste the manifest here, or drop a file on this box
page-choose-file = Or choose a file
page-check = Check
page-language = Language
page-auto = Browser's language
page-checking = Checking…
page-result = Result
page-eligible = Passes: no errors
page-not-eligible = Does not pass
page-errors = Errors
page-warnings = Warnings
page-waived = waived
page-waived-count = Waived
page-error = error
page-warning = warning
page-help = help
page-line = line
page-column = column
page-no-findings = No findings.
page-lines-hidden = lines not shown
page-source = The manifest, with each finding under its line
page-policy = Policy
page-entitlements = Entitlements
page-benefit = Benefit
page-granted-by = Granted by
page-entitlement = Entitlement
page-used = Used
page-remaining = Remaining
page-activated = Activated
page-expires = Expires
page-linked-to = Linked to
page-yes = yes
page-no = no
page-none = none
page-unlimited = unlimited
page-what-would-pass = What would make this pass
page-problem = Problem
page-fix = Fix
page-cannot-judge = The manifest cannot be read far enough to show entitlements.
page-request-failed = The server refused the request
page-waived-by = waived
page-rejected = rejected
page-passing-thanks-to = What keeps it passing: waivers
page-waived-until = Waived until

## What each key of a manifest holds: the help of a missing or mistyped one
schema-field-manifest-manifest_version = The manifest format version; 1 is the only version so far.
schema-field-manifest-evaluation = Which policy judges the manifest, and at what date.
schema-field-manifest-evaluation-policy = The policy id; default: the only policy available.
schema-field-manifest-evaluation-policy_version = Pins a policy version; default: the newest version in effect at `as_of`.
schema-field-manifest-evaluation-as_of = The date the manifest is judged at; default: today. `--as-of` overrides it.
schema-field-manifest-partner = The partner company.
schema-field-manifest-partner-mpn_id = The partner's MPN id: digits only.
schema-field-manifest-partner-name = The company name.
schema-field-manifest-partner-programs = Programs the company is associated with (program ids of the policy).
schema-field-manifest-memberships = Membership offers the partner holds or held.
schema-field-manifest-memberships-offer = A tier id of the policy, e.g. `gold`.
schema-field-manifest-memberships-competency = The competency the membership was earned in, for tiers that need one.
schema-field-manifest-memberships-start = The first day of the membership.
schema-field-manifest-memberships-end = The last day of the membership.
schema-field-manifest-accounts = User accounts of the partner.
schema-field-manifest-accounts-user = The user name, unique in the manifest: email-like.
schema-field-manifest-accounts-kind = How the account signs in: `aad` or `msa`.
schema-field-manifest-accounts-roles = Role ids of the policy the account holds (may be empty).
schema-field-manifest-activations = Benefits activated in Partner Center.
schema-field-manifest-activations-benefit = The benefit id of the policy.
schema-field-manifest-activations-activated_by = The account that activated it: one of `[[accounts]]`.
schema-field-manifest-activations-requested_on = The day the activation was requested.
schema-field-manifest-activations-access_id = Shown once activation completed. A secret.
schema-field-manifest-activations-contract_id = Shown once activation completed. A secret.
schema-field-manifest-activations-expires = When the benefit expires; default: the end of the membership that grants it.
schema-field-manifest-contract_links = Contracts added to user accounts in a support portal.
schema-field-manifest-contract_links-access_id = The Access ID of an activation. A secret.
schema-field-manifest-contract_links-account = The account the contract is added to: one of `[[accounts]]`.
schema-field-manifest-contract_links-portal = The portal id of the policy where it was added.
schema-field-manifest-contract_links-linked_on = The day it was added.
schema-field-manifest-incidents = Support incidents opened, or planned.
schema-field-manifest-incidents-id = The incident id, unique in the manifest.
schema-field-manifest-incidents-benefit = A benefit id or a plan id of the policy.
schema-field-manifest-incidents-product = A product id of the policy's catalogue.
schema-field-manifest-incidents-opened_by = The account that opens it: one of `[[accounts]]`.
schema-field-manifest-incidents-opened_on = The day it is opened.
schema-field-manifest-incidents-customer = A CSP customer the request is made for.
schema-field-manifest-waivers = Findings accepted for a while, each with an owner and an expiry.
schema-field-manifest-waivers-code = The code of the findings it accepts, e.g. `quota.exceeded`.
schema-field-manifest-waivers-target = Narrows it to findings about this value: an incident id, an account, a benefit, a product, the last four characters of an Access ID.
schema-field-manifest-waivers-reason = Why the finding is accepted.
schema-field-manifest-waivers-owner = Who answers for it.
schema-field-manifest-waivers-ticket = The ticket that tracks it.
schema-field-manifest-waivers-expires = The last day it accepts the finding.
