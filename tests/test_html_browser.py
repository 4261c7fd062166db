"""The reading page in a real headless Chromium: offline, toggles, popups, alignment, keyboard, phone width."""

from __future__ import annotations

import time

import pytest

import chromium
from bitext.html import CSP, to_html
from bitext.model import AlignmentLink, TargetParagraph, TargetSentence
from bitext.pipeline import annotate_text
from reading_page import seed_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium.available(), reason="needs /usr/bin/chromium and /usr/bin/chromedriver "
                                                        "(apt-get install chromium chromium-driver)"),
]

T1_RED = "rgb(207, 27, 30)"  # --t1 in reader.css


@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "seed.html"
    path.write_bytes(seed_page())
    return path


@pytest.fixture(scope="module")
def browser():
    driver = chromium.start(1200, 900)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser, page_file):
    """The page freshly loaded; returns the URLs the load requested."""
    chromium.requested_urls(browser)  # drop earlier loads from the log
    browser.get(page_file.as_uri())
    return browser


def css(driver, selector):
    return driver.find_element("css selector", selector)


def colour(driver, element) -> str:
    return driver.execute_script("return getComputedStyle(arguments[0]).color", element)


def test_loads_without_any_network_request(page, page_file):
    time.sleep(0.5)
    assert chromium.requested_urls(page, page_file.as_uri()) == [page_file.as_uri()]
    assert page.execute_script("return performance.getEntriesByType('resource').length") == 0
    # the Content-Security-Policy refuses a fetch the page might try
    outcome = page.execute_async_script("""
        const done = arguments[arguments.length - 1];
        let violated = false;
        document.addEventListener('securitypolicyviolation', () => { violated = true; });
        fetch('https://example.com/').then(() => done('fetched'), () => setTimeout(() => done(violated), 50));
    """)
    assert outcome is True
    assert not [e for e in page.get_log("browser") if e["level"] == "SEVERE" and "example.com" not in e["message"]]


def test_the_network_check_sees_a_request_the_policy_blocks(browser, tmp_path):
    canary = tmp_path / "canary.html"
    canary.write_text(f'<meta http-equiv="Content-Security-Policy" content="{CSP}"><img src="http://127.0.0.1:9/x.png">')
    chromium.requested_urls(browser)
    browser.get(canary.as_uri())
    time.sleep(0.3)
    assert "http://127.0.0.1:9/x.png" in chromium.requested_urls(browser, canary.as_uri())


def test_pinyin_toggle_hides_and_shows_readings(page):
    rt = css(page, "#p2 rt")
    assert rt.is_displayed()
    css(page, "#opt-pinyin").click()
    assert not rt.is_displayed()
    css(page, "#opt-pinyin").click()
    assert rt.is_displayed()


def test_tone_colours_toggle(page):
    first_tone = css(page, "main ruby.t1")
    assert colour(page, first_tone) == T1_RED
    css(page, "#opt-tones").click()
    assert colour(page, first_tone) != T1_RED
    assert not css(page, ".legend .tones").is_displayed()


def test_script_switch_changes_the_characters(page):
    word = css(page, '.w[data-hans="发誓"]')
    assert word.text.replace("\n", "").startswith("发")
    css(page, "input[name=script][value=hant]").click()
    bases = page.execute_script(
        "return Array.from(arguments[0].querySelectorAll('ruby'), r => r.firstChild.nodeValue).join('')", word)
    assert bases == "發誓"
    assert css(page, "main").get_attribute("lang") == "zh-Hant"
    css(page, "input[name=script][value=hans]").click()
    assert page.execute_script("return arguments[0].querySelector('ruby').firstChild.nodeValue", word) == "发"


def test_english_beside_under_hidden(page):
    zh, en = css(page, "#p2"), css(page, "#en-p2")
    assert en.rect["x"] > zh.rect["x"] + zh.rect["width"] - 1  # beside
    css(page, "input[name=en][value=under]").click()
    assert en.rect["y"] >= zh.rect["y"] + zh.rect["height"] - 1
    css(page, "input[name=en][value=none]").click()
    assert not en.is_displayed() and zh.is_displayed()


def test_hover_shows_the_words_dictionary_entry(page):
    from selenium.webdriver import ActionChains

    popup = css(page, "#popup")
    assert not popup.is_displayed()
    ActionChains(page).move_to_element(css(page, '#p2 .w[data-k="演讲"]')).perform()
    assert popup.is_displayed()
    assert "to make a speech" in popup.text and "yǎn jiǎng" in popup.text  # CC-CEDICT: 演講 演讲 [yan3 jiang3]
    ActionChains(page).move_to_element(css(page, "#p3 .name .w")).perform()
    # 托加耶夫, a variant spelling, glossed with the glossary's English form and type
    assert "Kassym-Jomart Tokayev" in popup.text and "person" in popup.text
    assert not popup.find_elements("css selector", ".pop-entry")  # no senses of 托, 加, 耶, 夫 one by one
    mentions = page.find_elements("css selector", '.name[data-ref="tokayev"]')
    assert mentions and all("same" in m.get_attribute("class") for m in mentions)


def test_click_highlights_the_aligned_paragraph_both_ways(page):
    css(page, "#p2 .s").click()
    assert "hl" in css(page, "#en-p2").get_attribute("class")
    assert "hl-s" in css(page, "#en-p2-s1").get_attribute("class")
    css(page, "#en-p4").click()
    assert "hl" in css(page, "#p4").get_attribute("class")
    assert "hl" not in css(page, "#en-p2").get_attribute("class").split()


def test_click_highlights_a_whole_n_to_m_unit(browser, tmp_path):
    doc = annotate_text("他来了。她走了。\n第二段。\n")
    doc.target = [TargetParagraph("en-p1", [TargetSentence("en-s1", "He came and she left."),
                                            TargetSentence("en-s2", "Paragraph two.")])]
    doc.links = [AlignmentLink(("p1-s1", "p1-s2"), ("en-s1",)), AlignmentLink(("p2-s1",), ("en-s2",))]
    path = tmp_path / "units.html"
    path.write_bytes(to_html(doc))
    browser.get(path.as_uri())
    css(browser, "#p1-s2").click()
    lit = {e.get_attribute("id") for e in browser.find_elements("css selector", ".hl-s")}
    assert lit == {"p1-s1", "p1-s2", "en-s1"}
    css(browser, "#en-s2").click()
    assert {e.get_attribute("id") for e in browser.find_elements("css selector", ".hl-s")} == {"en-s2", "p2-s1"}
    assert "hl" in css(browser, "#p2").get_attribute("class")


def test_chinese_only_page_offers_no_english_choice(browser, tmp_path):
    path = tmp_path / "zh.html"
    path.write_bytes(to_html(annotate_text("你好。")))
    browser.get(path.as_uri())
    assert not css(browser, "#opt-en").is_displayed() and css(browser, "#opt-script").is_displayed()


def test_keyboard_moves_through_words_and_aligns(page):
    from selenium.webdriver.common.keys import Keys

    body = css(page, "body")
    for _ in range(20):  # Tab past the controls to the first paragraph
        body = page.switch_to.active_element
        if body.get_attribute("id") == "p1":
            break
        body.send_keys(Keys.TAB)
    assert page.switch_to.active_element.get_attribute("id") == "p1"
    page.switch_to.active_element.send_keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
    popup = css(page, "#popup")
    second = page.find_elements("css selector", "#p1 .w")[1]
    assert popup.is_displayed() and "cur" in second.get_attribute("class")
    page.switch_to.active_element.send_keys(Keys.ENTER)
    assert "hl" in css(page, "#en-p1").get_attribute("class")
    page.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert not popup.is_displayed()


def test_phone_width_reads_without_sideways_scrolling(page_file):
    driver = chromium.start(390, 844, mobile=True)
    try:
        driver.get(page_file.as_uri())
        width = driver.execute_script("return document.documentElement.clientWidth")
        assert driver.execute_script("return document.documentElement.scrollWidth") <= width
        zh, en = css(driver, "#p2"), css(driver, "#en-p2")
        assert en.rect["y"] >= zh.rect["y"] + zh.rect["height"] - 1  # English under, not beside
        driver.execute_script("arguments[0].click()", css(driver, '#p2 .w[data-k="演讲"]'))
        popup = css(driver, "#popup")
        assert popup.is_displayed() and popup.value_of_css_property("position") == "fixed"
    finally:
        driver.quit()
