"""The Nu HTML checker finds no error on any page of any site: the sample, the starter, the
sites made for these tests and every build-test fixture that builds."""


def test_nu_checker_finds_no_error(site, nu_messages):
    assert site.html_files(), f"{site.name} has no pages"
    errors = nu_messages.get(site.name, []) + nu_messages.get("?", [])
    assert not errors, f"{len(errors)} Nu checker errors:\n" + "\n".join(
        f"{m['where']}: {m['message']}" for m in errors)
