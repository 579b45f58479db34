#!/usr/bin/env python3
"""Inputs for bench/scaling.sh: one dimension of a manifest (or of a policy
directory) grown to N. Deterministic: the same (dimension, N) always gives the
same bytes.

    python3 bench/scaling.py list                 # the dimensions, one a line: name kind
    python3 bench/scaling.py DIMENSION N OUT      # writes OUT (a file, or a directory for policy rows)

kind is `check` (OUT is a manifest, run with `entitle check OUT`), `policy-check`
(OUT is a policy directory, run with `entitle check examples/eligible.toml
--policy-dir OUT`) or `lint` (OUT is a policy directory, run with `entitle
policy lint OUT`).
"""

import datetime
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
BASE_POLICY = os.path.join(ROOT, "policies", "mpn-technical-support", "2021-03-04.toml")

HEAD = """manifest_version = 1

[evaluation]
policy = "mpn-technical-support"
policy_version = "2021-03-04"
as_of = 2021-06-15

[partner]
mpn_id = "4312877"
name = "Contoso Ltd."
programs = {programs}
"""

MEMBERSHIPS = """
[[memberships]]
offer = "gold"
competency = "data-analytics"
start = 2021-01-01
end = 2021-12-31

[[memberships]]
offer = "silver"
competency = "cloud-platform"
start = 2021-02-01
end = 2022-01-31
"""

ACCOUNTS = """
[[accounts]]
user = "alice@contoso.com"
kind = "aad"
roles = ["global-admin"]

[[accounts]]
user = "bob@contoso.com"
kind = "msa"
roles = []
"""

ACTIVATIONS = """
[[activations]]
benefit = "product-support"
activated_by = "alice@contoso.com"
requested_on = 2021-01-05
access_id = "AID-7731-0042"
contract_id = "CID-5519-8810"

[[activations]]
benefit = "signature-cloud-support"
activated_by = "alice@contoso.com"
requested_on = 2021-02-03
access_id = "AID-9902-1187"
contract_id = "CID-6610-2290"
"""

LINKS = """
[[contract_links]]
access_id = "AID-7731-0042"
account = "bob@contoso.com"
portal = "support-for-business"
linked_on = 2021-01-20

[[contract_links]]
access_id = "AID-9902-1187"
account = "bob@contoso.com"
portal = "azure"
linked_on = 2021-02-10
"""


def head(programs='["mpn", "csp"]'):
    return HEAD.format(programs=programs)


def valid(extra_incident=""):
    """The eligible skeleton: two memberships, two accounts, both benefits
    activated and linked."""
    return head() + MEMBERSHIPS + ACCOUNTS + ACTIVATIONS + LINKS


def incident(i, benefit="signature-cloud-support", product="azure", by="bob@contoso.com", iid=None, extra=""):
    iid = iid if iid is not None else f"INC-{i:07d}"
    return (
        f'\n[[incidents]]\nid = "{iid}"\nbenefit = "{benefit}"\nproduct = "{product}"\n'
        f'opened_by = "{by}"\nopened_on = 2021-03-02\n{extra}'
    )


# --- manifest dimensions: each returns the text for N --------------------------


def valid_incidents(n):
    # Signature Cloud Support with a cloud competency is unlimited: N valid incidents.
    return valid() + "".join(incident(i) for i in range(n))


def activations(n):
    # N activations of one benefit, each with its own Access ID: N-1 duplicates.
    parts = [head(), MEMBERSHIPS, ACCOUNTS]
    for i in range(n):
        parts.append(
            f'\n[[activations]]\nbenefit = "product-support"\nactivated_by = "alice@contoso.com"\n'
            f'requested_on = 2021-01-05\naccess_id = "AID-{i:08d}"\ncontract_id = "CID-{i:08d}"\n'
        )
    return "".join(parts)


def unknown_access_ids(n):
    parts = [valid()]
    for i in range(n):
        parts.append(
            f'\n[[contract_links]]\naccess_id = "AID-X{i:08d}"\naccount = "bob@contoso.com"\n'
            f'portal = "azure"\nlinked_on = 2021-02-10\n'
        )
    return "".join(parts)


def valid_contract_links(n):
    # N accounts, each linked once to the signature contract: all valid.
    parts = [valid()]
    for i in range(n):
        parts.append(f'\n[[accounts]]\nuser = "user{i}@contoso.com"\nkind = "aad"\nroles = []\n')
    for i in range(n):
        parts.append(
            f'\n[[contract_links]]\naccess_id = "AID-9902-1187"\naccount = "user{i}@contoso.com"\n'
            f'portal = "azure"\nlinked_on = 2021-02-10\n'
        )
    return "".join(parts)


def unknown_opened_by(n):
    # N accounts, and N incidents opened by a near miss of one of them: the
    # worst case for did-you-mean.
    parts = [valid()]
    for i in range(n):
        parts.append(f'\n[[accounts]]\nuser = "user{i}@contoso.com"\nkind = "aad"\nroles = []\n')
    parts.extend(incident(i, by=f"usr{i}@contoso.com") for i in range(n))
    return "".join(parts)


def waivers(n):
    # N incidents over the product-support quota (20), each waived by its own waiver.
    parts = [valid()]
    parts.extend(incident(i, benefit="product-support", product="sql-server-2019") for i in range(n + 20))
    for i in range(n):
        parts.append(
            f'\n[[waivers]]\ncode = "quota.exceeded"\ntarget = "INC-{i + 20:07d}"\nreason = "goodwill"\n'
            f'owner = "erin@fabrikam.example"\nexpires = 2021-12-31\n'
        )
    return "".join(parts)


def over_quota(n):
    return valid() + "".join(incident(i, benefit="product-support", product="sql-server-2019") for i in range(n))


def unknown_products(n):
    return valid() + "".join(incident(i, product=f"product-{i}") for i in range(n))


def unknown_incident_keys(n):
    return valid() + "".join(incident(i, extra='severity = "high"\n') for i in range(n))


def unknown_top_level_keys(n):
    return valid() + "".join(f"k{i} = 1\n" for i in range(n))


def duplicate_incidents(n):
    return valid() + "".join(incident(i, iid="INC-1") for i in range(n))


def memberships(n):
    parts = [head(), ACCOUNTS, ACTIVATIONS, LINKS]
    for i in range(n):
        parts.append(
            f'\n[[memberships]]\noffer = "gold"\ncompetency = "data-analytics"\n'
            f"start = 2021-01-01\nend = 2021-12-{1 + i % 31:02d}\n"
        )
    return "".join(parts)


def unknown_roles(n):
    parts = [valid()]
    for i in range(n):
        parts.append(f'\n[[accounts]]\nuser = "user{i}@contoso.com"\nkind = "aad"\nroles = ["role-{i}"]\n')
    return "".join(parts)


def unknown_programs_one_line(n):
    # One long line holding N findings: a column counted from the line's
    # start per finding would be quadratic.
    programs = "[" + ", ".join(['"mpn"', '"csp"'] + [f'"program-{i}"' for i in range(n)]) + "]"
    return head(programs) + MEMBERSHIPS + ACCOUNTS + ACTIVATIONS + LINKS


def long_string(n):
    # A value of N*100 characters with a finding on it.
    return valid() + f'notes = "{"x" * (n * 100)}"\n'


def nested_headers(n):
    # `[[a]]`, `[[a.a]]`, `[[a.a.a]]`, … N headers, each one level deeper:
    # every one beyond the parser's recursion limit is the same syntax error.
    # O(N^2) bytes: writing stops just under the 16 MiB size limit (10k and
    # 100k are then the same file, the worst the limit lets in) rather than
    # at 9.5 GB for 100k.
    parts, size = ["manifest_version = 1\n"], 0
    for i in range(1, n + 1):
        line = "[[" + ".".join(["a"] * i) + "]]\n"
        if size + len(line) > 16 * 1024 * 1024 - 64:
            break
        parts.append(line)
        size += len(line)
    return "".join(parts)


def values_left_open(n):
    # `a=[` N times: each value is left open to the end of the text, which
    # the masking of secrets must measure once, not once per word after it.
    return "a=[" * n


def comments_left_open(n):
    # `access_id = # [` N times: a value commented out after its separator
    # is read from the comment, each one left open to the end of the text.
    return "access_id = # [\n" * n


def overlapping_secrets(n):
    # Five secret values, each a prefix of the next, and a comment of N*100
    # of their letter: up to five occurrences end at each byte. A syntax
    # error makes the whole text a snippet, searched for them.
    values = ", ".join('"' + "a" * k + '"' for k in range(5, 10))
    return f"access_id = [{values}]\nx = = 1\n# " + "a" * (n * 100) + "\n"


def strings_that_swallow_keys(n):
    # `access_id = "AID-…, access_id = "` N times on one line: each value
    # left unclosed swallows the next key, which the masking reads from
    # inside it, once.
    return 'x = = 1\n' + "".join(f'access_id = "AID-{i:08d}, ' for i in range(n)) + "\n"


def keys_glued_on_one_line(n):
    # `# access_id=access_id=…`: each key's bare value runs to the line's
    # end, and is passed over whole, not read again from inside.
    return "manifest_version = 1\n# " + "access_id=" * n + "\n"


def keys_of_words_inline(n):
    # N keys of two words (`access _id`) in one inline table: each one read
    # as a key, no further than a key is long.
    pairs = ", ".join(f'access _id{i} = "AID-{i:08d}"' for i in range(n))
    return f"x = {{ {pairs} }}\n"


def escaped_repeats(n):
    # A secret, then N lines that repeat it with an escape: each line read
    # once, with its escapes, and searched.
    line = 'reason = "AID\\u002D7731-0042 and \\t AID\\x2D7731-0042"\n'
    return 'access_id = "AID-7731-0042"\nx = = 1\n' + line * n


def distinct_secrets_commented(n):
    # `access_id = # c{i}` on N lines, in a file that does not parse: N
    # distinct secret values, each searched for in the whole text, by an
    # automaton built in time linear in their bytes.
    return "manifest_version = 1\n" + "".join(f"access_id = # c{i}\n" for i in range(n))


# --- policy dimensions: each writes a directory ---------------------------------


def base_policy(policy_id, version, effective="2021-03-04", extends=None, extra=""):
    with open(BASE_POLICY, encoding="utf-8") as f:
        text = f.read()
    text = text.replace('id = "mpn-technical-support"', f'id = "{policy_id}"', 1)
    text = text.replace('version = "2021-03-04"', f'version = "{version}"', 1)
    return text + extra


def overlay(policy_id, version, base, effective="2021-03-04"):
    return (
        f'[policy]\nid = "{policy_id}"\nversion = "{version}"\neffective = {effective}\n'
        f'extends = "{base}"\ntitle = "overlay"\n'
    )


def write(directory, name, text):
    with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
        f.write(text)


def lint_unknown_kinds(n, out):
    rules = "".join(
        f'\n[[rules]]\ncode = "duplicate"\nkind = "kind-{i}"\nmessage = "m"\nhelp = "h"\n' for i in range(n)
    )
    write(out, "2021-03-04.toml", base_policy("mpn-technical-support", "2021-03-04", extra=rules))


def lint_catalogue(n, out):
    products = "".join(
        f'\n[[products]]\nid = "product-{i}"\nname = "Product {i}"\nkind = "cloud"\n' for i in range(n)
    )
    write(out, "2021-03-04.toml", base_policy("mpn-technical-support", "2021-03-04", extra=products))


def lint_cross_references(n, out):
    # N product kinds and N products, each of its own kind, and a benefit
    # whose scope names every product: each reference is looked up in a
    # catalogue of N.
    kinds = "".join(f'\n[[product_kinds]]\nid = "kind-{i}"\nname = "Kind {i}"\n' for i in range(n))
    products = "".join(
        f'\n[[products]]\nid = "product-{i}"\nname = "Product {i}"\nkind = "kind-{i}"\n' for i in range(n)
    )
    listed = ", ".join(f'"product-{i}"' for i in range(n))
    benefit = (
        '\n[[benefits]]\nid = "every-product"\nname = "Every product"\n'
        f'scope = {{ products = [{listed}] }}\ngrants = []\n'
    )
    write(out, "2021-03-04.toml", base_policy("mpn-technical-support", "2021-03-04", extra=kinds + products + benefit))


def version(i):
    # Versions are dates: day i after 2000-01-01.
    return (datetime.date(2000, 1, 1) + datetime.timedelta(days=i)).isoformat()


def extends_chain(n, out):
    # The shipped policy, then N versions each extending the previous one.
    write(out, version(0) + ".toml", base_policy("mpn-technical-support", version(0)))
    for i in range(1, n + 1):
        write(out, version(i) + ".toml", overlay("mpn-technical-support", version(i), version(i - 1)))


def extends_cycle(n, out):
    # N versions, each extending the next, the last the first.
    for i in range(n):
        write(out, version(i) + ".toml", overlay("mpn-technical-support", version(i), version((i + 1) % n)))


CHECK = {
    "valid incidents (baseline)": valid_incidents,
    "activations, distinct IDs": activations,
    "links to unknown Access IDs": unknown_access_ids,
    "valid contract links": valid_contract_links,
    "unknown opened_by among N accounts": unknown_opened_by,
    "waivers, each targeting": waivers,
    "incidents over quota": over_quota,
    "unknown products": unknown_products,
    "unknown keys in incidents": unknown_incident_keys,
    "unknown top-level keys": unknown_top_level_keys,
    "duplicate incidents": duplicate_incidents,
    "memberships": memberships,
    "accounts with unknown roles": unknown_roles,
    "unknown programs on one line": unknown_programs_one_line,
    "long string (N*100 bytes)": long_string,
    "nested [[a.a…]] headers": nested_headers,
    "values left open (a=[ N times)": values_left_open,
    "values left open in comments (access_id = # [ N times)": comments_left_open,
    "overlapping secret values (N*100 bytes of them)": overlapping_secrets,
    "strings left open that swallow keys (N on one line)": strings_that_swallow_keys,
    "keys of two words in one inline table": keys_of_words_inline,
    "keys glued on one comment line (access_id= N times)": keys_glued_on_one_line,
    "a secret repeated with escapes on N lines": escaped_repeats,
    "distinct secrets commented out after their keys (N lines)": distinct_secrets_commented,
}

POLICY = {
    "lint: rules of unknown kinds": ("lint", lint_unknown_kinds),
    "lint: products in the catalogue": ("lint", lint_catalogue),
    "lint: N products of N kinds, one scope naming all": ("lint", lint_cross_references),
    "lint: extends cycle of N versions": ("lint", extends_cycle),
    "check: extends chain N deep": ("policy-check", extends_chain),
}


def slug(name):
    text = "".join(c.lower() if c.isalnum() else "-" for c in name)
    while "--" in text:
        text = text.replace("--", "-")
    return text.strip("-")


def main():
    if sys.argv[1:] == ["list"]:
        for name in CHECK:
            print(f"{slug(name)}\tcheck\t{name}")
        for name, (kind, _) in POLICY.items():
            print(f"{slug(name)}\t{kind}\t{name}")
        return
    dimension, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    for name, generate in CHECK.items():
        if slug(name) == dimension:
            with open(out, "w", encoding="utf-8") as f:
                f.write(generate(n))
            return
    for name, (_, generate) in POLICY.items():
        if slug(name) == dimension:
            os.makedirs(out, exist_ok=True)
            generate(n, out)
            return
    sys.exit(f"unknown dimension {dimension}")


if __name__ == "__main__":
    main()
