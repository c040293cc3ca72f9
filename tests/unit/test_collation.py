"""Names and units in the order a planner's Excel or WPS sorts Chinese: by pinyin."""
from milestones.domain.collation import sort_text


def test_chinese_sorts_by_pinyin_then_tone_and_words_read_as_words():
    names = ["解放碑", "重庆长滨", "区住房城乡建委", "区发展改革委", "区商务委", "区财政局", "长江索道", "银行大楼", "阿里",
             "重点项目", "十八梯E区", "十八梯A区", "大坪", "化龙桥"]
    assert sorted(names, key=sort_text) == [
        "阿里", "长江索道",  # 长江 is chángjiāng as a word
        "重庆长滨",  # 重庆 is chóngqìng, not 重 (zhòng) alone
        "大坪", "化龙桥", "解放碑", "区财政局", "区发展改革委", "区商务委", "区住房城乡建委",  # a unit's list: cai, fa, shang, zhu
        "十八梯A区", "十八梯E区", "银行大楼", "重点项目"]


def test_symbols_then_digits_then_letters_without_case_then_chinese():
    assert sorted(["大", "b", "A", "2号楼", "（一）", "T3塔楼", "a"], key=sort_text) == [
        "（一）", "2号楼", "A", "a", "b", "T3塔楼", "大"]


def test_a_name_before_the_longer_one_it_begins_and_empty_is_smallest():
    assert sorted(["解放碑中央商务区", "解放碑", "解放"], key=sort_text) == ["解放", "解放碑", "解放碑中央商务区"]
    assert sort_text(None) == sort_text("") == ""
    assert sort_text("ア") and sort_text("𠀀")  # another script, a character past the first plane: a key all the same


def test_the_tables_are_kept_in_the_cache_and_a_bad_cache_file_is_made_again(tmp_path, monkeypatch):
    """pypinyin takes a fifth of a second and 50 MB to load at every start (the filter bar sorts its lists): its
    tables are read once into a file of the user's cache."""
    from milestones.domain import collation

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    names = ["区住房城乡建委", "重庆长滨", "区财政局", "解放碑"]
    expected = ["重庆长滨", "解放碑", "区财政局", "区住房城乡建委"]
    for state in ("none", "kept", "torn"):
        collation._tables.cache_clear()
        collation._key.cache_clear()
        (kept,) = list(tmp_path.glob("milestones/pinyin-*.json")) or [None]
        if state == "none":
            assert kept is None
        elif state == "torn":
            kept.write_text('{"chars": {"区": "qu1"', encoding="utf-8")  # cut short by a crash
        assert sorted(names, key=sort_text) == expected, state
    (kept,) = tmp_path.glob("milestones/pinyin-*.json")
    assert '"重庆": ["chong2", "qing4"]' in kept.read_text(encoding="utf-8")


def test_an_unwritable_cache_sorts_all_the_same(tmp_path, monkeypatch):
    from milestones.domain import collation

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    collation._tables.cache_clear()
    collation._key.cache_clear()
    try:
        assert sorted(["区住房城乡建委", "区财政局"], key=sort_text) == ["区财政局", "区住房城乡建委"]
    finally:
        collation._tables.cache_clear()
        collation._key.cache_clear()
