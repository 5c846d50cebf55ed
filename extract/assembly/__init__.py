"""The stages that turn one article's mentions into its facts (``assemble.build_facts`` runs them).

``context``: the per-article context (metadata, reference year, headline end, evidence);
``agencies``: which mentions are actors and how they group into agencies;
``documents``: each cited document's issue date, period and issuers;
``signings``: the signings the article reports, and what they tell of the signed documents (``pact_members``: an
emulation pact's signers, the bloc's listed members, where the signing sentence reads fewer);
``persons``: the named persons and their positions.
"""
