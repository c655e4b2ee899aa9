"""The screener's labelled posts (safeguarding/screening/data/): data, not code, and never
edited after they were hashed."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from safeguarding.screening import data

ROOT = Path(__file__).resolve().parents[2]


def test_every_set_matches_its_manifest_digest():
    assert data.verify() == []


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """The data folder copied to a temporary place, with the loader pointed at it."""
    copy = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, copy)
    monkeypatch.setattr(data, "DATA_DIR", copy)
    monkeypatch.setattr(data, "MANIFEST_PATH", copy / "manifest.json")
    return copy


def test_an_edited_post_is_caught(data_copy):
    path = data_copy / "holdout_round9.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    row = json.loads(lines[0])
    row["label"] = "none" if row["label"] != "none" else "high"
    lines[0] = json.dumps(row, ensure_ascii=False) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    problems = data.verify()
    assert len(problems) == 1
    assert problems[0].startswith("holdout_round9.jsonl: SHA-256")


def test_an_unlisted_or_missing_set_is_caught(data_copy):
    (data_copy / "corpus_a.jsonl").rename(data_copy / "corpus_z.jsonl")
    assert sorted(data.verify()) == [
        "corpus_a.jsonl: listed in manifest.json but missing",
        "corpus_z.jsonl: not listed in manifest.json",
    ]


def test_each_set_rebuilds_the_list_whose_digest_the_records_quote():
    # the clinical-safety records quote SHA-256 of repr() of rounds 1-5 as first written
    records = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    quoted = [
        info
        for info in data.sets_info()
        if "converted_from" in info and info["converted_from"]["repr_sha256"] in records
    ]
    assert {info["round"] for info in quoted} >= {1, 2, 3, 4, 5}


def test_every_post_has_an_id_unique_across_sets_and_a_label():
    ids = [p.id for posts in data.labelled_sets().values() for p in posts]
    assert len(ids) == len(set(ids))
    for info in data.sets_info():
        posts = data.read_set(info["file"])
        assert len(posts) == info["posts"] > 0
        assert {p.round for p in posts} == {info["round"]}
        assert info["use"] in set(data.USES)
        assert info["provenance"].strip()


def test_app_code_never_imports_the_tests():
    """No module of the project or its apps imports `tests` or edits sys.path to reach it."""
    importing = re.compile(r"^\s*(?:from|import)\s+tests\b|sys\.path", re.MULTILINE)
    packages = [ROOT / "pmp_followon"] + [p.parent for p in ROOT.glob("*/apps.py")]
    assert ROOT / "safeguarding" in packages
    offenders = [
        str(path.relative_to(ROOT))
        for package in packages
        for path in package.rglob("*.py")
        if importing.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_realistic_weeks_load_with_their_own_schema_and_threads():
    weeks = data.realistic_weeks()
    assert len(weeks) >= 2
    for posts in weeks.values():
        ids = {p.id for p in posts}
        replies = [p for p in posts if p.reply_to]
        assert replies, "a realistic week has threads"
        assert all(p.reply_to in ids for p in replies)
        parents = data.parent_texts(posts)
        assert len(parents) == len(replies)
        first = replies[0]
        assert parents[first.id] == next(p.text for p in posts if p.id == first.reply_to)
        assert all(p.group and p.author and p.day is not None for p in posts)
        assert {p.label for p in posts} == {"high", "medium", "none"}
    # they are neither a held-out round nor in the evaluation sets' tuples
    assert not set(weeks) & set(data.evaluation_sets())


def test_a_post_with_an_unknown_schema_is_refused(data_copy):
    path = data_copy / "realistic" / "realistic_weeks_wa.jsonl"
    row = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    del row["group"]
    bad = data_copy / "realistic" / "broken.jsonl"
    bad.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.jsonl, line 1"):
        data.read_set("realistic/broken.jsonl")
    assert "realistic/broken.jsonl: not listed in manifest.json" in data.verify()


def _files_match_their_recorded_hashes(folder: Path, *, may_be_empty: bool = False) -> None:
    """Every .jsonl file in the folder is listed in its README with the SHA-256 recorded when
    it was saved, and still has it."""
    import hashlib

    recorded = dict(
        re.findall(r"`([a-z0-9_]+\.jsonl)`.*?`([0-9a-f]{64})`", (folder / "README.md").read_text())
    )
    assert recorded or may_be_empty
    assert set(recorded) == {path.name for path in folder.glob("*.jsonl")}
    for name, digest in recorded.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


def test_the_sealed_round_is_exactly_what_the_writers_handed_over():
    """The sealed round is kept for a single run: nobody may edit it before then."""
    _files_match_their_recorded_hashes(data.DATA_DIR / "sealed", may_be_empty=True)


def test_the_judged_rounds_are_exactly_what_the_writers_handed_over():
    """A round that has been run once stays as it was, beside the output of that run (or,
    once moved into the data as a seen set, keeps the digest it had when it was judged)."""
    _files_match_their_recorded_hashes(data.DATA_DIR / "judged", may_be_empty=True)


# The digests recorded in judged/README.md when rounds 10, 11, 12 (2026-12-06), 13, 14, 15, 16,
# 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27 and 28 (2026-12-07) were run once.
JUDGED_DIGESTS = {
    "holdout_round10.jsonl": "ed4f8b49867ce3738694fda493ccc187e4b64bba54bebad83ae7d0e9313e466e",
    "holdout_round11.jsonl": "907d594bec0c890ae3a3f6e2e0a99bcf6ea11644cd0bf07238a5d9b5d244e57a",
    "realistic/realistic_week_round10.jsonl": (
        "fc6be76d3e77892f17ca19630a76d3e00e8a3b5b46a17959c8ed64b1be2b0854"
    ),
    "realistic/realistic_week_round11.jsonl": (
        "d6d47423c887c8f8e4c40ededced4fbb18c6d68f9f06dda253a569c08a4c6a84"
    ),
    "holdout_round12h.jsonl": "cbf56ffdde0ef071bd6af2351ab59ba9d3c5baa9d4b45af745bfecfcb9261974",
    "holdout_round12k.jsonl": "9a2151f3bdc5fae4dfa1014de65da61b6e0e805a0df048dda6995fd75c1348d0",
    "realistic/realistic_week_round12w.jsonl": (
        "93496d6d08a85f84d9f7169840568f4c339697e02d901760454fbf426cfffcc6"
    ),
    "realistic/realistic_week_round12v.jsonl": (
        "7cd8680583798710db83d449413aec3c19b8eda54d1fcd88d4d73e9c5cb86665"
    ),
    "holdout_round13a.jsonl": "ff7e6ea541f9f1120f358f7266dccbed550d6f39d3bbfbdee2e28caa45e778fe",
    "holdout_round13b.jsonl": "ee89edf8f07652c5a55c3ab340fd694cbc7f11a08fb4c158c3031e476e7e161b",
    "realistic/realistic_week_round13p.jsonl": (
        "5fa0593e7cfe92fbd88068f17d42e3aea17c2e6dfe88cd2dbd4e51a258cc6180"
    ),
    "realistic/realistic_week_round13q.jsonl": (
        "8b46d1d52b76cf20018e875f591b0b78746a3940d0ca6ec331f658691c90cadc"
    ),
    "holdout_round14a.jsonl": "d9acf2bc5d9dd6a8a8accc4653d878d00fcba7d3ec934fb9d5e81fffc25c94c2",
    "holdout_round14b.jsonl": "d8932f27fa30714762521987b375d9f4f7040539ea88fe46cf0d28ab8713dfa1",
    "realistic/realistic_week_round14p.jsonl": (
        "62305cbae8d3c7d5fa78490a15b3b7eb4e73d456fabfbd40310e069106456022"
    ),
    "realistic/realistic_week_round14q.jsonl": (
        "b41000a27a9c8607deefe1f87926eba7eaf7beaefbb9a67266e9771972372c35"
    ),
    "holdout_round15a.jsonl": "2b1723f6965d87a4ad2774ae8e58454e9db891bf2f857f3d9a9e2a3a8c9e5462",
    "holdout_round15b.jsonl": "908ae02fb421fa72cd19bbd4af74d3cb2ba86ddcab991aade1e9dc4d72b9ff6f",
    "realistic/realistic_week_round15p.jsonl": (
        "7c3ca62d0fb02a11395ec5dce27c573467a9d1ef27716741ed3b2b9f58aefc2c"
    ),
    "realistic/realistic_week_round15q.jsonl": (
        "d2cf753d80f50ca7ea63bc6716e360adef23c02325c9f8baaf5e69fea77c5477"
    ),
    "holdout_round16a.jsonl": "e6576929e3ad51301d22502dafc33c4152062fb7d85576e32585eebb5433d307",
    "holdout_round16b.jsonl": "87e4120a50a86a156412492039b28d4c1b3bbfe9495a551bc723e9b7575a4cc9",
    "realistic/realistic_week_round16p.jsonl": (
        "0a598291a888f8ee05426b8ba70b2c8f01b1e4bedcc9c0c51b9df23322ff9a17"
    ),
    "realistic/realistic_week_round16q.jsonl": (
        "a8d40884522f4cf93c79e3984cf2918a97a3b6b102d9221978093c1091a36bb0"
    ),
    "holdout_round17a.jsonl": "3daeca186c5149701babb54a12540cfda8989b4a7c4a1d23fb8d333554d3670e",
    "holdout_round17b.jsonl": "580aae89d13e64941f7a691fea4118775aede1d3facac5a526cf213c6e771a7a",
    "realistic/realistic_week_round17p.jsonl": (
        "db5662abb797b172a830313d042a4fcb3e09766f7a2c1dd80b193c85b61d8902"
    ),
    "realistic/realistic_week_round17q.jsonl": (
        "6bd337c8db5fd3df788931f312397d429d475c30edb4f68632746d46d70d4534"
    ),
    "holdout_round18a.jsonl": "5e2eb6c5f96e8e82c4f11dfde30cf696cf99a50610aeca10a6408e3a41c639e3",
    "holdout_round18b.jsonl": "fb247006996098c205bcb6563352e7be3b9da20b8072542657677f0becda3c70",
    "realistic/realistic_week_round18p.jsonl": (
        "452d63cd6abd0bb17031228b3c8853727aaf7d9c130d350ff554fb1410ab7301"
    ),
    "realistic/realistic_week_round18q.jsonl": (
        "c629970b34b370cd1af42e1d0ba26403e7ff50ff1c2dfdfbd0d224fb4e61f9ea"
    ),
    "holdout_round19a.jsonl": "73b032e8023080309ca21dde36a14a52ccaaf483eef8b1084a4c4a15e9243747",
    "holdout_round19b.jsonl": "96ae020b6d4af08e78a78078f173004dca6fb07f62da4ea8c0dcd6c1259e5676",
    "realistic/realistic_week_round19p.jsonl": (
        "f61e4e8d1c24f84c392a9990ea52b9dec58f984febf3fe4dd89e4a5e79562152"
    ),
    "realistic/realistic_week_round19q.jsonl": (
        "bc91f7a5195760c1155ccb44591c26af2b0818dc0db95b9064fe0f2de32c4003"
    ),
    "holdout_round20a.jsonl": "58b1b7a04c9d2e96863dc5ab0c4f87147b4d97b233aaf89e6d7579a36bc004b1",
    "holdout_round20b.jsonl": "f81dd1f15457e8c9e792626b676df7228d1e42c3931819d9236b05ba26375264",
    "realistic/realistic_week_round20p.jsonl": (
        "eb4fa44a8137d47465c1389e3d4b05fd123b62103c9e43ca8e8f8a4a6a2ad0c7"
    ),
    "realistic/realistic_week_round20q.jsonl": (
        "78098bfecf481f76b8ff9c05bee2b1294081fe52ea93f178dabf8f2f198cebb3"
    ),
    "holdout_round21a.jsonl": "71d25e3af15f66cfcc1a147ede4f46e1803494b111b87ec925228b3da5cfdc31",
    "holdout_round21b.jsonl": "97461a0c592cb0f2d1d409466616f5809a64f3f06ba1e7911e6908c0e5a61361",
    "realistic/realistic_week_round21p.jsonl": (
        "acb4171f73eafcb9ecbc4753a287fe70b980d6d915aed6a85bfe2b0beaa313a6"
    ),
    "realistic/realistic_week_round21q.jsonl": (
        "7373da02914ef407d89f73f146a91c3402ee04c445bc402ab9595c6a8d27ff0e"
    ),
    "holdout_round22a.jsonl": "b83a27a9bb2cd301960cbd614dd7b236b7221e70cafbeceaa27c812bbf0ad2b0",
    "holdout_round22b.jsonl": "98d97226fe623068c017d4b6d7e6f4f4a81b8fd90cd3750b3c8de9a865b78a85",
    "realistic/realistic_week_round22p.jsonl": (
        "4415c5946eae99fc533f1d7ee766c5bc7f1313846fcdfb9eae4901bdb0a24a03"
    ),
    "realistic/realistic_week_round22q.jsonl": (
        "8705e56b01591499d0df2e8e81eb6c022aa54ddfe7fa01f38318db8de763fc3e"
    ),
    "holdout_round23a.jsonl": "294119ace00bfd384be8d4cb656333f43cb04701d0faba51942a69839fccab80",
    "holdout_round23b.jsonl": "c8ecca6bae15f520805e8020c7ffe9b138a8ce520ec83af8bd67cb06908db02e",
    "realistic/realistic_week_round23p.jsonl": (
        "747bc336fbffc3527944a2789e6e66daa0332db64efb95672d0bccdafd41702c"
    ),
    "realistic/realistic_week_round23q.jsonl": (
        "ae997c7cd8acff8d5e641e97a862cd4ab923a0b12569d2fc14c670ebe15abd8f"
    ),
    "holdout_round24a.jsonl": "1656e43693e5a6cbbafee42cbbce6996b92b31f1852af7baf5f065f1a72d6819",
    "holdout_round24b.jsonl": "5496ca31a585da47495a92883b9109dbc6f40280dbe7a34fb3f115cf2c821a0d",
    "realistic/realistic_week_round24p.jsonl": (
        "aee0811c7909cd3caefe90c97f041992ed8cf8796e778e18a9d3800628209d94"
    ),
    "realistic/realistic_week_round24q.jsonl": (
        "ff141fd632903d8ea309e8d997e3c795a3e2b63727ce646c82f22b089118ac99"
    ),
    "holdout_round25a.jsonl": "3e64113b5b644dd3d0dec4543ef36ca450ada498dce2a84d7dfd5969820af82d",
    "holdout_round25b.jsonl": "013cab6c9f7ad4733a889a7319d74cda39fbedef7659d7e8f867d24b87485d04",
    "realistic/realistic_week_round25p.jsonl": (
        "0a143a3da12ded6dfb9f8adeff9c6115c3c9ea599968349c1caefcdfb8639156"
    ),
    "realistic/realistic_week_round25q.jsonl": (
        "8af2937ec83590773cc175003aa50f82a2e0706004929dd2025e05fabca9a794"
    ),
    "holdout_round26a.jsonl": "eba61dbdd805d0ae82c35292608e104e91cfc2fce4194369bb42cd4c70626f19",
    "holdout_round26b.jsonl": "1430829afafa2b0ca4c986d87da172be5dec732cc9a44364880dc2bb1b2a55df",
    "realistic/realistic_week_round26p.jsonl": (
        "1f187ba429c7ae6aed616ee3983075b60ead3d8992078115eea875a456945440"
    ),
    "realistic/realistic_week_round26q.jsonl": (
        "d49ba3b8bb8cdeb054ca0a06eb9b254498e98b4326190cfecf26ff898f3fe9c0"
    ),
    "holdout_round27a.jsonl": "5625b3c25d392c237271d3f4e9f151842d93e2fa6609dd7c36b8f7b8fdad7407",
    "holdout_round27b.jsonl": "8ea63058c5b24c46710ffc9970153c3f508e63b3acee7d6e025e30d19af03e4c",
    "realistic/realistic_week_round27p.jsonl": (
        "853b861a18fb857c2700036acb4079708545e44d5b4e16a2397a5d6cdc65d681"
    ),
    "realistic/realistic_week_round27q.jsonl": (
        "041692128c9877bb8b62cbc10e16d45d45f8f9ec66aed4370f801a706bbed7ef"
    ),
    "holdout_round28a.jsonl": "29bcffa275c926777ed61a6af9ee4842f818d80d3cc434bb296036541483c980",
    "holdout_round28b.jsonl": "b4279639546406c6df43bfc37e26cf15a002b49fe9493d03dc8f2f970fe40808",
    "realistic/realistic_week_round28p.jsonl": (
        "8f91e270cbf9f09051b5bcbfb86000fbfa513720a6347a91d26c4a0dff2d2862"
    ),
    "realistic/realistic_week_round28q.jsonl": (
        "b35065ad799a2b7aa548ee0d12d1b4b90dcb025888c2b9d8fb64ce9713c92647"
    ),
}


def test_the_judged_rounds_moved_into_the_data_are_byte_for_byte_what_was_judged():
    import hashlib

    judged_readme = (data.DATA_DIR / "judged" / "README.md").read_text(encoding="utf-8")
    listed = {info["file"]: info for info in data.sets_info()}
    for file, digest in JUDGED_DIGESTS.items():
        assert digest in judged_readme, file
        assert listed[file]["sha256"] == digest, file
        assert hashlib.sha256((data.DATA_DIR / file).read_bytes()).hexdigest() == digest, file


def test_the_realistic_weeks_are_exactly_what_the_writers_handed_over():
    _files_match_their_recorded_hashes(data.DATA_DIR / "realistic")
