"""What the words around a name say of it: titles, speech verbs, function words, place cues and head nouns.

Chinese news marks a name by what stands beside it (总统|马克龙, 佩斯科夫|说,
在|阿斯塔纳, 欧盟|委员会).  The finder, the short forms and the grouping all
read these word lists and the tests over them; they are kept here once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..glossary import NAME_JOINERS
from ..model import NameType
from ..segment import default_jieba
from .lexicon import Lexicon, lexicon

if TYPE_CHECKING:
    from .spans import SortedSpans


#: The characters that join the parts of a full name (安东尼·布林肯, 让-马里), without the space.
JOINERS = NAME_JOINERS.replace(" ", "")
#: The dots between the parts of a name, and the hyphens inside a given name or a double surname (让-马里).
DOTS = "·•‧・･．"
HYPHENS = "‐‑‒-－"
#: Suffixes that end the name of a state, a province, a city, a county or a district (新南威尔士州, 悉尼市).
DIVISIONS = "州省邦市县区"
#: Words that end a region's official name after the place's own (阿拉贡自治区 Aragon, 南蒂罗尔自治省 South Tyrol,
#: 阿劳卡尼亚大区 Araucanía, 克拉斯诺亚尔斯克边疆区 Krasnoyarsk Krai).
REGION_WORDS = ("自治区", "自治省", "大区", "边疆区")
#: The dashes between two whole names: a route or a pairing (巴库—第比利斯, 柔佛—新加坡).
DASHES = "–—"
#: A run of joiners between the parts of a full name (安东尼·布林肯).
NAME_PARTS = re.compile(f"[{re.escape(NAME_JOINERS)}]+")
#: One joiner, space included, and one without it: what splits a name into its parts, compiled once.
NAME_JOINER = re.compile(f"[{re.escape(NAME_JOINERS)}]")
JOINER = re.compile(f"[{re.escape(JOINERS)}]")
#: A run of dots between the parts of a full name, not its hyphens (南迪-恩代特瓦 is one part of 奈图姆博·南迪-恩代特瓦).
DOT_RUN = re.compile(f"[{re.escape(DOTS)}]+")
#: How many characters a name found by its characters alone has at least (two need a context), and at most.
MIN_NAME_CHARS = 3
MAX_NAME_CHARS = 24
#: Words before a name that say it is one: titles and forms of address.
_TITLES = (r"总统|总理|首相|外长|部长官|部长|委员长|主席|议长|国务卿|秘书长|发言人|大使|领袖|国王|女王|王储|将军|教授|博士|记者|议员|"
           r"市长|州长|总书记|CEO|教练|球员|主教|先生|女士|领导人|长官|特使|妻子|夫人|丈夫|遗孀|妹妹|姐姐|哥哥|弟弟|"
           r"女儿|儿子|父亲|母亲|执行长|执行官|董事长|会长|王后|王妃|王子|公主|亲王|总裁|创办人|创始人|名将|球星|好手|选手|投手|打者|捕手|击球手|投球手|击球员|投球员|外野手|内野手|游击手|前锋|门将|主帅|教宗|教皇|党魁|党领|候选人|前任|继任者|挑战者|对手|盟友|副手|顾问|助手|"
           r"球手|车手|棋手|射手|歌手|主唱|演员|导演|名导|影帝|影后|作家|画家|歌星|影星|领队|总教练|队长|后卫|中场|边锋|外援|大臣|国务部长|总督|酋长|行长|财长|防长|理事|"
           r"编辑|编译|核稿|撰稿|摄影|外祖父|外祖母|孙子|孙女|外孙|侄子|侄女|外甥|伯父|叔叔|舅舅|姑姑|"
           r"姨妈|堂兄|堂弟|表哥|表弟|女婿|儿媳|岳父|岳母|继母|继父|前妻|前夫|未婚妻|未婚夫|胞弟|胞兄|胞妹|胞姐|胞姊|姊姊|"
           r"长子|次子|幼子|长女|次女|兄长|姐夫|妹夫|嫂子|亿万富豪|富豪|富商|大亨|寡头|"
           r"院长|校长|总干事|航天员|宇航员|局长|署长|司长|厅长|省长|县长|法官|检察官|检察长|行政总裁|院士|研究员|科学家|律师|"
           r"主持人|得主|冠军|医生|总经理|主编|总编辑|社长|艺人|运动员|太太|知事|台长|召集人|干事长|官房长官|三子|四子|党代表|负责人|"
           r"经济学家|经济师|分析师|专员|总监|外甥女|侄女|其女|其子|其弟|其兄|其妹|其姐|其妻|其夫|其父|其母|其孙|拿督斯里|丹斯里|拿督|东姑|巨星|新秀|老将|小将|新星|英皇|英王|党首|组长|审判长|庭长|大法官|核数师|会计师|主教练|女将|男星|女星|球后|球王|主任|经理|司令|指挥官|商人|策略师|学者|执行董事|大师|设计师|建筑师|工程师|艺术家|音乐家|钢琴家|小提琴家|指挥家|诗人|小说家|哲学家|历史学家|物理学家|数学家|皇后|上皇|毛拉|统帅|泰王|泰皇|日皇|荷王|馆长|助教|国脚|总领事|领事|理事长|执委|元首|外送员|快递员|配送员|"
           r"骑师|练马师|驯马师|马主|骑手|登山家|守门员|中锋|翻译家|译者|出版人|评论家|剧作家|制作人|制片人|乐评人|影评人|经纪人|"
           r"合伙人|策展人|创作人|监制|企业家|收藏家|投资人|库务司|亚军|季军|四强|八强|卫冕冠军|"
           r"枢机主教|枢机|专家|明星|歌王|船王|拳王|赌王|车王|大王|船东|舞者|舞蹈家|店主|老板|特首|国务委员长|国务委员|港商|台商|侨商|华商|"
           r"外相|财相|法相|防卫相|经济产业相|经产相|农相|总务相")
TITLE_BEFORE = re.compile(f"(?:{_TITLES})$")  # a title ending right before a name, or ending what was taken for one
#: Longest first, so a title found in running text is the whole title (主教练 "head coach", not 主教 "bishop").
TITLE = re.compile("|".join(sorted(_TITLES.split("|"), key=len, reverse=True)))
#: Titles that also stand inside bodies' names (美国贸易|代表|办公室): they say a person's name follows only where
#: one does (常驻联合国代表|傅聪|强调), so only :func:`.finder.titled_names` reads them.
_BODY_WORD_TITLES = ("代表",)
NAME_TITLE = re.compile("|".join(sorted(_TITLES.split("|") + list(_BODY_WORD_TITLES), key=len, reverse=True)))
#: What may follow a name written like a Chinese one (李在明同日, 金与正随即, 岸田文雄则, 郑伟 报道, 〔记者苏永耀／台北报导〕).
AFTER_NAME = set("则其随同本因周当今昨也亦再均等摄、，。；：！？“”「」『』（）()〔〕［］/／ \u3000\n")
#: A day or a time right after a name (梅西|周日, 马杜罗|星期三, 普京|昨天, 咸弗里斯|今届): news dates what a person did
#: right after the name, and jieba may glue the name's last character to the time word (梅|西周|日, Western Zhou).
TIME_AFTER = re.compile(r"周[一二三四五六日末]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|[今昨明前当]天|[今昨当]日|日前|近日|[今本上该]届|[今去明]年|[今昨]晚")
#: "After" and "before", which close a phrase of time right after a name (输给古克什|后, 返回首尔|后, 路克·咸弗里斯|后|，).
BEFORE_OR_AFTER = frozenset("后前")
#: A time that opens the clause after a name, which jieba may cut in two (上|世纪 "last century", 上|周 "last week").
TIME_OPENING = re.compile(f"[本上下这该](?:周|月|世纪)|{TIME_AFTER.pattern}")
#: Words after a name that say it is one: speech verbs, forms of address, kin (拉赫蒙|之子, "Rahmon's son") and hands
#: (从杰伊·沙阿|手中接过, "from Jay Shah's hands", 在米斯|门下 "under Mills").
CUE_AFTER = re.compile(r"^(?:说|表示|称|指出|认为|强调|补充|回应|宣布|先生|女士|夫人|总统|总理|博士|赞扬|称赞|批评|呼吁|承认|坦言|透露|"
                       r"[则也亦](?:说|表示|称|指出|认为|强调)|"  # 藤田文武|则说: "for his part said"
                       r"警告|否认|证实|重申|谴责|感谢|写道|声称|坚称|直言|提到|解释|发表|回忆|笑着|笑称|告诉|之[子女妻夫父母孙弟兄姊妹]|手中|手上|门下|"
                       r"指(?=[，,：:「“『]))")  # 丁晨指， "Ding Chen said,": Hong Kong's 指 before punctuation
#: Words that state the short form, a press's rendering or the Chinese name that follows them (（SEC，简称|证交会）,
#: 大陆称|美联储, （Equinor，中文名|艾奎诺）).
NAMING_BEFORE = re.compile("(?:简称|又称|通称|俗称|亦称|中文名|(?:大陆|内地|台湾|香港|港台|港澳)(?:称|作))为?")
#: Log odds at or below which a character is never part of a name (称, 在): a name may end beside it.
NEVER_IN_NAMES = -2.0
#: Log odds from which a character may stand in a part of a joined name (米尔济约耶夫, 阿卜杜拉希扬).
LENIENT = -0.1
#: Log odds from which a character reads as a name's whatever jieba tags it alone (达, 多, 韦).
CLEAR = 1.0
#: Numerals and quantifiers: they begin a count (欧洲|三国 "three European countries", 两国, 各国, 多国 "many
#: countries") and follow "about" (约|一成), never a name.
NUMERALS = frozenset("一二三四五六七八九十两几各多数诸")
#: Particles no short name holds (新的, 来了): a nickname or a brand of two characters with one is a phrase.
PARTICLES = frozenset("的了着过")
#: Log odds of the characters on both sides of a weak one a name may hold (泽|连|斯基, not 比韦|小|宝).
STRONG = 1.5


def bridges(text: str, pos: int, lex: Lexicon) -> bool:
    """The character at ``pos`` is one weak character inside a transliteration (泽|连|斯基, 史托|腾|柏格, Hong Kong's
    里安纳|度|狄卡比奥): no function word, not never seen in names (smoothed), strong characters on both sides."""
    return 0 < pos < len(text) - 1 and text[pos] not in BESIDE and text[pos] != VIA and lex.odds(
        text[pos]) > NEVER_IN_NAMES and min(
        lex.name_odds.get(text[pos - 1], -9), lex.name_odds.get(text[pos + 1], -9)) > STRONG


#: "Via", between two places on a route (阿斯旺|经|阿瓦鲁阿), never one weak character inside a transliteration.
VIA = "经"
#: Characters that may stand right beside a name: function words, not the rest of a longer name.
BESIDE = set("的在和与同及跟说是将已对向从自等也亦仍则又还就都被把给为了于以曾会能可要并但而或且着过由据替偕携")
#: Words that begin a clause before a name: 但叶文洁 is 但 + 叶文洁, 经港珠澳大桥 "via the bridge" 经 + the bridge.
LEADING = set("但他她它我你那这其经") | BESIDE
#: Characters before a person's name that tell two people of one name apart: 老布什/小布什 (father and son),
#: 大威廉丝/小威廉丝 (the elder and the younger sister).  They are part of the name, which without them is
#: the other person's too.
GENERATION = set("老小大")
#: Nouns for a kind of place that stand before its name (首都|阿斯塔纳, 港市|格但斯克, 飞地|纳希契凡).
PLACE_NOUNS = ("首都", "首府", "城市", "大城", "小城", "小镇", "港口", "港市", "古城", "飞地", "城镇", "村庄", "小村", "山村", "渔村", "海港", "渔港", "军港", "商港", "省份",
               "边境城镇", "边境城市", "港口城市", "胜地", "重镇", "旧都", "古都", "发源地", "所在地", "度假区", "商业中心",
               "经济中心", "行政中心")
#: Words right before a place (在华盛顿, 抵达首尔, 逃往塔维拉, 控制了库拉霍沃, 轰炸福尔多, 首都阿斯塔纳, 度假胜地沙姆沙伊赫, 南部的基利斯,
#: 达卡附近的纳尔辛迪, 里斯本以北的埃里塞拉, 盐沼边缘的科尔查尼, 南缘里皮, a division's word and the place in it:
#: 安大略省奥克维尔, 顿涅茨克州的米尔诺赫勒德, 戈尔韦郡阿森赖 (郡, a county as Taiwan and Hong Kong write it)) and right after
#: one (华盛顿特区).
PLACE_BEFORE = re.compile(r"(?:[在到赴驻往经]|途经|前往|抵达|飞抵|访问|返回|位于|来自|登顶|[逃飞通运开输驶迁送]往|[来回搬]到|家乡|近郊|边城|(?:控制|占领|攻占|轰炸|空袭)了?|[东西南北中]部的?|[东西南北](?:面|边)的|[东西南北]郊的|近郊的|附近的|以[东西南北]的|[东西南北]?缘的?|[州省邦县郡]的?|"
                          + "|".join(PLACE_NOUNS) + ")$")
#: Words right after a place: 华盛顿|特区, 霍尔果斯|口岸 (a border crossing), 拉施塔特|工厂 (a plant there), 马里卡纳|矿区,
#: 苏姆贝迪乌恩|海滩 (its beach), 境内 and 沿岸 (within it, along its shore),
#: 杰士伯|镇长 (its mayor), 坎卢普斯|周边 (its surroundings), 蒂罗尔|民众 (its people), 科尔查尼|村民 (its villagers).
#: A dateline's day after its place, with its month or not, then 电, 专电 or a compilation's 综合 (华盛顿|11月6日电,
#: 记者彭维楀华沙|2日专电, 台北|1日综合外电报导), or a compilation's words without a day (记者陈怡君台北|综合外电报导).
DATELINE_DAY = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日(?:专?电|综合)|综合外电|综合报[道导])")
_PLACE_AFTER = re.compile(r"^(?:特区|民众|居民|市民|村民|州政府|市政府|市长|省长|镇长|县长|口岸|机场|大桥|港口|地区|工厂|社区|矿区|郊区|近郊|附近|周边|一带|冲突|海滩|沿岸|境内|的?(?:老城|旧城|古城|市中心|城区)|"
                          rf"{DATELINE_DAY.pattern}|电[（(])")  # 华盛顿|1日电, 新华社华盛顿|电（记者…）: a dateline
#: A club's player by position, or its coach, right after its name (多特蒙德|中场, 拜仁|主帅), or a maker's racing
#: team (索伯|车队, 奥斯顿马丁|车队 Aston Martin).
_SQUAD_AFTER = re.compile("前锋|中场|后卫|门将|主帅|车队|厂队")
#: "With … accompanying, leading" after a name, or its era, term or rule: 在 before it frames a person (在布丽吉特陪同下,
#: 在弗里克率领下, 在皮诺切特时期, 在文在寅政府时期).
_PERSON_AFTER = re.compile(r"^的?(?:(?:陪同|带领|率领|领导|主持|邀请|见证)下|(?:政府)?(?:时期|任内)|执政|治下|主政)")
#: Characters that end a phrase: the words naming a venue or an organ stand after them (九龍東的|啟德體育園).
PHRASE_BREAKS = set("的在于是把被了着过从向对为将及")
#: Head nouns that make an organisation's name of the organisation before them: 欧盟|委员会 is the European
#: Commission, not the EU; proposed alone, 欧盟 would be a fragment of the longer name, as 宏 is of 马克宏.
INSTITUTION_HEADS = ("委员会", "执委会", "理事会", "议会", "秘书处", "法院", "银行")
#: Bodies named after a founder, a prize or a place (盖茨|基金会 the Gates Foundation, 挪威诺贝尔|委员会, 挪威诺贝尔|研究所,
#: 巴勒斯坦|自治政府, 英伦|银行 the Bank of England, 苏伊士运河|管理局, schools: 卡拉巴尔|中学, 京士顿|书院): with the head
#: the name is the body's, and alone it would be a fragment of it.
NAMED_BODY_HEADS = ("基金会", "委员会", "研究所", "研究院", "自治政府", "银行", "管理局", "通讯社", "新闻社", "中学", "书院")
#: What a festival, a fair or a cup is called after the city, country or sponsor that holds it (康城|影展,
#: 戛纳|国际电影节, 大阪|世博会, 联邦快递|杯 the FedEx Cup): the event's name, of which the place's is a part.  Not the
#: Games (巴黎|奥运会, 杭州|亚运会): the Olympics held in a city, the city the name a translator files.
EVENT_HEADS = ("电影节", "影展", "艺术节", "音乐节", "世博会", "博览会", "书展", "车展", "马拉松", "大奖赛", "公开赛", "杯")
#: Heads of a body named after a place or a person, with a few words between or none (卡塔尔|航空 Qatar Airways,
#: 大阪|大学, 里海|管道|财团, 加拿大|理论|天体物理|研究所, 圣丹斯|学会, 波士顿|交响乐团, 纽约|爱乐): the place is part of the body's name, and a
#: place news names only there is no place the text is about.
BODY_HEADS = ("国立大学", "州立大学", "大学", "学院", "分校", "医院", "航空", "航运", "学会", "财团", "研究所", "研究院",
              "基金会", "银行", "公司", "集团", "航天局", "交响乐团", "管弦乐团", "爱乐乐团", "爱乐", "联盟", "电视台",
              "酒店", "证券", "交易所", "证券交易所", "地产", "快运", "控股集团", "办事处", "代表处", "商会", "总会", "协会", "赛马会", "船东会", "阵线", "海军", "空军")
#: Words for a team after its place's or its own name, as words of their own (雷恩|队, 纽卡斯尔|联队 United; not 队长
#: captain, 队员): the team's name, of which the place's is a part.  Not 车队: a racing team is named by its maker
#: alone (红牛|车队).
TEAM_HEADS = ("队", "联队")
#: A club's word after its name (扎马雷克|俱乐部 Zamalek SC), and the same with the sport that may stand between the
#: two (切尔西|足球俱乐部), which names no club alone: the longest first.
CLUB = "俱乐部"
_SPORTS = ("足球", "篮球", "橄榄球", "冰球", "棒球", "排球", "板球", "手球")
CLUB_WORDS = tuple(sport + CLUB for sport in _SPORTS) + (CLUB,)
#: A maker's trade after its brand, which together name the company (沃尔沃汽车 Volvo Cars, 三菱重工业, 紫金矿业, 汇丰控股,
#: 赫斯基能源 Husky Energy, 新鸿基地产):
#: after a country or a city the trade is the place's industry (日本汽车 "Japanese cars"), no company.
INDUSTRY_HEADS = ("汽车", "重工业", "重工", "电子", "矿业", "钼业", "钢铁", "控股", "科技", "半导体", "电力", "娱乐", "制药", "医药", "药业",
                  "化工", "造船", "能源", "资源", "乳业", "地产", "石油")
#: The same after a mainland city, which names its company (洛阳|钼业 CMOC, 北京|汽车 BAIC), and 时代 ("era"), which
#: after a city names a company alone (宁德|时代 CATL).
CITY_COMPANY_HEADS = INDUSTRY_HEADS + ("时代",)
#: Head nouns that make the name before them one country, one group of islands or one province named after a cape:
#: 所罗门|群岛, 中非|共和国, 德尔加杜|角省 (Cabo Delgado).
PLACE_HEADS = ("群岛", "共和国", "王国", "半岛", "公国", "酋长国", "角省")
#: Last characters of a country's, a region's or a city's name (美国, 莫斯科州, 奈良市).
PLACE_ENDS = "国洲州省市岛县邦"
#: Last words of a newspaper's or a magazine's name (马卡报 Marca, 日德兰邮报, 明镜周刊, 日本经济新闻): an organisation's.
PRESS_ENDS = ("报", "周刊", "杂志", "月刊", "新闻")
#: Structures news names by the place or name before them (克赤|大桥 the Kerch Bridge, 阿斯旺|高坝, 苏伊士|运河): the head
#: alone is an ordinary noun ("the bridge"), though CC-CEDICT has 大桥 as a person of legend (Da Qiao).
STRUCTURE_HEADS = ("大桥", "大坝", "高坝", "运河", "隧道", "铁路", "金字塔")
#: Head nouns of a natural feature's name: 马辛洛克|浅滩, 仁爱|暗沙, 巴士|海峡 (a shoal, a strait), 湄公河|三角洲, 加萨|走廊
#: (a delta, a strip or corridor), 洛兹|山口, 戈兰|高地 (a mountain pass, heights), 海克拉|火山, 思韦茨|冰川, 伊瓜苏|瀑布
#: (a volcano, a glacier, falls), 威尼斯|潟湖 (a lagoon, in either spelling): a place whatever the words before them are.
FEATURE_HEADS = ("浅滩", "暗沙", "环礁", "岛礁", "海峡", "海湾", "山脉", "高原", "平原", "盆地", "沙漠", "绿洲", "三角洲", "走廊",
                 "山口", "高地", "冰盖火山", "冰河火山", "火山", "冰川", "冰盖", "瀑布", "峡湾", "峡谷", "潟湖", "泻湖")
#: Heads of a mine, an oil or gas field, a refinery, a power plant, a prison, a temple, an ancient city, a salt lake or
#: a valley named after its place (西芒杜|铁矿, 田吉兹|油田, 潘切沃|炼油厂, 阿迪亚拉|监狱, 阿布辛贝勒|神庙, 佩特拉|古城,
#: 乌尤尼|盐沼, 坦博|河谷), a national park, a smelter or a power station (贝马拉哈|国家公园, 莫扎尔|铝厂, 赫利舍迪|地热电站), a
#: border crossing (托尔哈姆|口岸).
SITE_HEADS = ("铁矿", "铜矿", "金矿", "锂矿", "煤矿", "油田", "气田", "炼油厂", "监狱", "难民营", "核电站", "发电厂", "空军基地",
              "神庙", "古城", "盐湖", "盐沼", "河谷", "水电站", "核电厂", "冶炼厂", "修道院", "建筑群",
              "太空发射场", "航天发射场", "赛道", "热电厂", "水力发电厂", "造船厂", "造船所", "航天中心", "宇宙中心", "宇航中心",
              "卫星发射中心", "国家公园", "自然保护区", "铝厂", "钢厂", "地热电站", "地热发电站", "电站", "重油带", "口岸")
#: Venues that are institutions with staff and a director, organisations to a translator's glossary as to the news
#: (a museum, a gallery, a library, an observatory, a restaurant), not the buildings they stand in.
INSTITUTION_VENUES = ("博物馆", "美术馆", "图书馆", "天文台", "餐厅")
#: Head nouns of a venue, a building, a station or a cemetery named by the words before it (啟德|體育園,
#: 新聖女|公墓, 大和西大寺|站, 保安|堂, 奥斯陆|市政厅): with the head they are one place, named where news names any building,
#: right after its city (莫斯科|工會大廈圓柱大廳) or after 在/的 (位於九龍東的|啟德體育園).
VENUE_HEADS = ("体育园", "体育馆", "体育场", "网球场", "高尔夫球场", "高尔夫球会", "球场", "巨蛋", "公墓", "墓园", "大厦", "大楼", "大厅", "礼堂", "广场",
               "电视中心", "中心", "车站", "站", "教堂", "堂", "宫", "寺", "机场", "码头", "市政厅", "画廊",
               "歌剧院", "剧院", "音乐厅", "大教堂", "主教座堂", "座堂", "天主堂", "城堡", "花园", "庄园", "大街", "大道", "街",
               "赛马场", "马场", "乡村俱乐部") + INSTITUTION_VENUES


def head_at(norm: str, pos: int, heads: tuple[str, ...]) -> str:
    """The first of ``heads`` written at ``pos``, "" if none: the whole tuple is tried at once first (one C call),
    as after most of the thousands of names of a long text none is."""
    return next((h for h in heads if norm.startswith(h, pos)), "") if norm.startswith(heads, pos) else ""


#: Mean log odds from which a run said to be a name by its context may hold an ordinary word (扎|哈罗|娃).
STRONG_RUN = 2.0


def transliteration(piece: str, lex: Lexicon) -> bool:
    """A run of three or more strong transliteration characters (卢比欧), whatever words it holds."""
    return len(piece) >= MIN_NAME_CHARS and all(lex.is_name_char(c) for c in piece) and (
        sum(map(lex.odds, piece)) >= STRONG_RUN * len(piece))


def past_title(norm: str, start: int) -> int:
    """Where a title ends that ends within the first two characters from ``start`` (首席执行|官富凯, 省|长勒高: jieba
    glues a title's last character to the name after it), else ``start``."""
    return next((start + k for k in (1, 2) if TITLE_BEFORE.search(norm, max(0, start - 4), start + k)), start)


def name_parts(form: str) -> list[str]:
    """The parts of a name that its joiners separate (安东尼·布林肯 → 安东尼, 布林肯); one for a name without any."""
    return [p for p in NAME_PARTS.split(form) if p]


#: The words of an Arabic name for "son of" and "daughter of" (本, 伊本, 宾特), in both scripts.
PATRONYMIC_WORDS = frozenset(("本", "伊本", "宾", "賓", "宾特", "賓特", "本特"))


def patronymic(form: str) -> bool:
    """``form`` is an Arabic name whose second part says "son of" (塔米姆·本·哈马德·阿勒萨尼): the part after it is
    the father's name, no surname, and news calls the person by the given name (塔米姆), while the father's name
    alone is the father (萨勒曼 of 穆罕默德·本·萨勒曼 is King Salman)."""
    parts = name_parts(form)
    return len(parts) > 2 and parts[1] in PATRONYMIC_WORDS


@lru_cache(maxsize=4096)
def beside_kana(norm: str, start: int, end: int) -> bool:
    """Hiragana or katakana stand right before or after [start, end) (片山さつき, the name in Japanese after its
    Chinese form 片山皋月): the characters are part of a Japanese name written in its own script, no name alone."""
    return any("\u3040" <= c <= "\u30ff" for c in norm[max(0, start - 1):start] + norm[end:end + 1])


def all_han(text: str) -> bool:
    """Every character of ``text`` is a Chinese character (CJK and Extension A): no digit, letter or punctuation."""
    return all("\u3400" <= c <= "\u9fff" for c in text)


@lru_cache(maxsize=65536)
def jieba_tag(word: str) -> str:
    """The tag jieba's dictionary gives ``word`` as one word ("ns" a place, "nr" a person), else "": its tags
    come from the word, not the context, so it is asked once per word, not once per mention."""
    tags = default_jieba().tag(word)
    return tags[0][1] if len(tags) == 1 and tags[0][0] == word else ""


#: jieba's tags of words that are no part of a name: time (本周), verb, adverb, preposition, conjunction, particle,
#: pronoun, numeral, measure word, direction, adjective.
ORDINARY_TAGS = frozenset("t tg v vn vd d p c u r m q f a ad an".split())
#: jieba's tags of a character that stands alone beside a name and is no part of it: a preposition, a conjunction,
#: an adverb, a verb (加拿大|因麻疹, 令|启德体育园).
STRAY_TAGS = frozenset("p c d v".split())
#: jieba's tags of proper names: a person (nr, nrt), a place (ns), an organisation (nt), another name (nz).
NAME_TAGS = frozenset(("nr", "nrt", "ns", "nt", "nz"))


def ordinary_word(word: str, lex: Lexicon) -> bool:
    """A word of two or more characters that stands beside names, not in them: a title (王储), a time (本周); not a
    word jieba's dictionary tags a transliterated name (nrt: 伊塔 in 阿西米·戈|伊塔), whatever CC-CEDICT makes of it."""
    tag = jieba_tag(word)
    return len(word) >= 2 and ((word in lex.words and word not in lex.names and tag != "nrt") or tag in ORDINARY_TAGS)


def jieba_place(word: str) -> bool:
    """Whether jieba's dictionary tags ``word`` a place name (ns)."""
    return jieba_tag(word) == "ns"


#: Heads of a common noun for a kind of place, body or event (交易所, 群岛, 选区, 锦标赛, 造船厂, 实验室, 合唱团, 控股公司):
#: not a state's organs (安全局, 外交部, 参议院, 国会), which news shortens its bodies' names to.
_COMMON_HEADS = ("所", "岛", "区", "赛", "厂", "室", "团", "公司", "馆", "场", "基地", "中心")


#: A company's word after its name, longest first (as regular-expression alternatives).
COMPANY_WORDS = "股份有限公司|有限公司|公司|集团"
#: A trade (铜业 "copper", 酒业 "wine", 资源 "resources", 汽车 "cars"), perhaps with 控股 and a company's word after it:
#: the end of a company's name cut from its brand or its country (铜业公司 of 智利国家铜业公司, 酒业|集团), no name alone.
_TRADE_ALONE = re.compile(r"(?:[\u4e00-\u9fff]业|" + "|".join(INDUSTRY_HEADS) + r")(?:控股)?"
                          rf"(?:{COMPANY_WORDS})?")


def common_noun(form: str) -> bool:
    """``form`` (Simplified) is a word of the dictionaries that no lexicon name is, ending in a common noun's head
    (锦标赛, 学院's 学, 造船厂), or a trade alone (:data:`_TRADE_ALONE`): alone it names nothing, whatever body or
    acronym it was found beside."""
    lex = lexicon()
    return (form.endswith(_COMMON_HEADS) and form in lex.words or bool(_TRADE_ALONE.fullmatch(form)) and (
        not lex.is_name_char(form[0]))) and form not in lex.names


#: One character in parentheses right after a country's name that tells it from its namesake (刚果（金）, the
#: Congo of Kinshasa; 刚果（布）, of Brazzaville).
QUALIFIER = re.compile(r"[（(][\u3400-\u9fff][）)]")


def clause_preposition(char: str) -> bool:
    """``char`` is a preposition or a conjunction that opens a clause's phrase (由, 在, 与): jieba may glue it to the
    name after it (由易卜|拉辛·卡马拉), whose character it never is."""
    return char in BESIDE and jieba_tag(char) in ("p", "c")


def qualified(form: str) -> bool:
    """``form`` ends in the one character in parentheses that tells a state from its namesake (刚果（金）)."""
    return bool(QUALIFIER.fullmatch(form[-3:]))


def known_place(form: str, lex: Lexicon) -> bool:
    """The lexicon knows ``form`` as a place."""
    name = lex.names.get(form)
    return name is not None and name.type is NameType.PLACE


def known_organisation(form: str, lex: Lexicon) -> bool:
    """The lexicon knows ``form``, written in Chinese characters, as an organisation (保时捷 Porsche, 雀巢 Nestlé)."""
    name = lex.names.get(form)
    return name is not None and name.type is NameType.ORGANISATION and all_han(form)


#: How far :func:`context_type` reads around a name, within its paragraph before it: a title or 在 before, 特区 or
#: a speech verb after.
CONTEXT_BEFORE, CONTEXT_AFTER = 4, 6
#: How far back a verb of buying may stand before a name, its company's country between (收购|以色列|迈络思).
_BOUGHT_REACH = 7


def company_after(norm: str, end: int) -> bool:
    """A company's officer, board or holdings right after the name ending at ``end`` (马士基|行政总裁 "Maersk's chief
    executive", 长和|旗下): the name may be a company's.  Not a type to propose: Chinese also writes a person's title
    after the name (马云|董事长, 巴菲特|旗下); but no variant of a place or a person."""
    return bool(_COMPANY_AFTER.match(norm, end))


def shares_after_gloss(norm: str, end: int) -> bool:
    """A company's stake, share price, market value, revenue or brand right after the gloss that follows the name
    ending at ``end`` (戴比尔斯（De Beers）|各持股): only a company has them, whatever person its gloss sounds like."""
    return (after := past_gloss(norm, end)) > end and bool(_SHARES_AFTER.match(norm, after))


def officers_after(norm: str, end: int) -> bool:
    """A company's chief executive, board or main shareholder right after ``end`` (英特尔（Intel）|执行长 "Intel's
    chief executive"): what is before is a company's name, for Chinese writes a person's title before the name."""
    return bool(_OFFICERS_AFTER.match(norm, end))


def officered_forms(norm: str, forms: set[str], names: SortedSpans) -> frozenset[str]:
    """The ``forms`` (as ``norm`` writes them) that a company's officers follow at any of their mentions, not
    only where the finder took them (高通（Qualcomm）…|高通|行政总裁安蒙: its second mention, in ordinary characters,
    is no candidate), except inside a longer name of ``names``.  Read back from each officer, past a gloss: the
    text has far fewer officers than mentions of names."""
    lengths = sorted({len(form) for form in forms})
    officered = set()
    for m in _OFFICERS_AFTER.finditer(norm):
        end = before_gloss(norm, m.start())
        for n in lengths:
            if (form := norm[end - n:end]) in forms and not names.holding(end - n, end):
                officered.add(form)
    return frozenset(officered)


def past_gloss(norm: str, end: int) -> int:
    """Where the text goes on after a name ending at ``end`` and the parentheses right after it, if any
    (英特尔（Intel）|执行长): what follows a gloss is said of the name."""
    if norm[end:end + 1] in ("（", "("):
        close = norm.find("）" if norm[end] == "（" else ")", end, end + _GLOSS_REACH)
        if close > 0:
            return close + 1
    return end


def before_gloss(norm: str, pos: int) -> int:
    """Where a name ends when the parentheses of a gloss close right before ``pos`` (英特尔（Intel）|执行长): the
    mirror of :func:`past_gloss`."""
    if (close := norm[pos - 1:pos]) in ("）", ")"):
        opening = norm.rfind("（" if close == "）" else "(", max(0, pos - 1 - _GLOSS_REACH), pos - 1)
        if opening >= 0:
            return opening
    return pos


#: How long a gloss in parentheses after a name may be.
_GLOSS_REACH = 80


def trade_before(norm: str, start: int, name: str) -> bool:
    """A company's trade written right before ``name`` at ``start`` (化工商|科思创 "the chemical maker Covestro",
    电商龙头|酷澎, 锌冶炼商|高丽亚铅): the name is a company's, unless a full name's (承包商|莎拉·迪斯卡亚, a person's
    trade).  巨头 "giant" too: news calls a tycoon so, but by his full name, which the dot keeps a person's."""
    return not JOINER.search(name) and bool(_TRADE_BEFORE.search(norm, max(0, start - 4), start) or (
        norm[start - 1:start] == "商" and jieba_tag(trade := norm[max(0, start - 3):start - 1]) == "n" and (
            trade not in lexicon().names)))  # 游戏|商|育碧 (Ubisoft), 晶片|商: any noun's trader


def body_noun_before(norm: str, start: int, name: str) -> bool:
    """A body's kind written right before ``name`` at ``start`` (投资公司|银瑞达, 军工企业|绅宝, 进步派政党|阿克巴扬):
    the name is the body's, as the noun says.  Only right before it: a title between (集团主席|唐纳修) makes the
    name a person's.  Not for a full name (a dot), a person's however the noun before reads."""
    return not JOINER.search(name) and bool(_BODY_NOUN_BEFORE.search(norm, max(0, start - 2), start))


def body_named_in_latin(norm: str, start: int, name: str, gloss: str) -> bool:
    """A body's kind right before a name the text glosses by one Latin word (以色列公司|迈络思（Mellanox）,
    军工企业|绅宝（Saab）): the body's own name, however a person's or a place's it sounds.  Only glossed so: a
    company's kind may stand before the town of its plant or the person a brand is named after
    (曼恩公司|斯太尔|工厂), and a full name's gloss is words (托马斯·施特尔策); but a short name of a few words
    (制药公司|礼来（Eli Lilly）, 投资公司|高盛（Goldman Sachs）) is no person's written so, without a dot or a title."""
    return bool(ONE_LATIN_WORD.fullmatch(gloss) or (len(name) <= _SHORT_BODY and _FEW_WORDS.fullmatch(gloss))) and (
        body_noun_before(norm, start, name))


#: A gloss of one Latin word, capitalised (Maersk).
ONE_LATIN_WORD = re.compile(r"[A-Z][a-z]{2,}")
#: A gloss of two or three capitalised words (Eli Lilly, Goldman Sachs, JPMorgan Chase).
_FEW_WORDS = re.compile(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){1,2}")
#: The most characters of a body's name glossed by a few words that its kind before it vouches for (摩根大通).
_SHORT_BODY = 4

#: A party or a consortium right before a name: the name is the body's.  Not a company's kind (公司, 集团, 品牌),
#: which may stand before the town of its plant or the person a brand is named after (曼恩公司|斯太尔|工厂).
_PARTY_KINDS = ("政党", "财团")
_PARTY_BEFORE = re.compile(f"(?:{'|'.join(_PARTY_KINDS)})$")
#: A body's kind, then an opening quote: the quoted name is the body's (救援组织|“海上观察”, Sea-Watch).
_BODY_BEFORE_QUOTE = re.compile(f"(?:{'|'.join(('组织', '团体', '公司', '企业', '集团', '品牌', '机构', '基金') + _PARTY_KINDS)})[“「『]$")
#: A kind of organisation or group right before a name (环保组织|绿色和平 "the environmental group Greenpeace", 人权团体):
#: the name is the group's.  Two characters at least before 组织, so not the verb 组织 "to organise".
_GROUP_KIND_BEFORE = re.compile("[\u3400-\u9fff]{2}(?:组织|团体)$")
#: "Plays for", "joined" before a team's or a maker's name (效力|杜卡迪 Ducati, 转投|本田).
_PLAYS_FOR = ("效力", "效力于", "转投", "加盟")
#: Heads of a company's name (埃尼|集团, 纽曼咖啡|集团).
FIRM_HEADS = ("公司", "集团")
#: What is done to a company right before its name: it is bought, merged with or taken a stake in.
_BUYING = "(?:收购|并购|兼并|入股)了?"
_ACQUIRED_BEFORE = re.compile(_BUYING + "$")
#: The same with the bought company's country between (收购|澳洲|桑托斯 "bought Australia's Santos").
_ACQUIRED_ABROAD = re.compile(_BUYING + "(?P<country>[^\\W\\d_a-zA-Z]{2,5})$")
#: Kinds of body right before a name (:func:`body_noun_before`).
_BODY_NOUN_BEFORE = re.compile(f"(?:{'|'.join(('公司', '企业', '集团', '品牌', '机构') + _PARTY_KINDS)})$")


def brand_named(latin: str, form: str) -> bool:
    """``form`` glossed by a Latin name written as one word with a capital inside (贝莱德 (BlackRock), ExxonMobil,
    SoftBank, OpenAI), a company's or a brand's way: no person's, whose inner capital follows a particle
    (McDonald, DeSantis, MacArthur, LaGuardia), nor a full name's (a dot), nor a place's or a work's its last
    characters say (土耳其溪 (TurkStream), a pipeline)."""
    m = _INNER_CAPITAL.match(latin.strip())
    return m is not None and m.group(1) not in _SURNAME_PARTICLES and not JOINER.search(form) and not form.endswith(
        _PLACE_OR_WORK_ENDS)


#: A word of three letters or more, then a capital inside the same word (Black|Rock).
_INNER_CAPITAL = re.compile(r"([A-Z][a-z]{2,})[A-Z][A-Za-z]+$")
#: Ends of a place's or a work's name: a division, a stream, a lake, a mountain, a port, a bay, a structure, a feature.
_PLACE_OR_WORK_ENDS = tuple(PLACE_ENDS + "溪河江湖山港湾峡") + PLACE_HEADS + STRUCTURE_HEADS + FEATURE_HEADS
#: Particles a surname written as one word begins with, whatever capital follows (MacArthur, VanderBilt, DelVecchio).
_SURNAME_PARTICLES = frozenset({"Mac", "Van", "Von", "Der", "Den", "Del", "Des", "Las", "Los", "San", "Vander", "Saint"})


#: Words for a company that lead its trade: a giant (科技巨头), a leader (电商龙头), a big maker (电动车大厂).  Before a
#: name they say a company; after a body's words they describe the company named next (丹麦|航运|巨头|马士基).
FIRM_DESCRIPTORS = ("巨头", "巨擘", "龙头", "大厂")
#: What a company does or is, right before its name (:func:`trade_before`): a maker, a seller, a carrier, an
#: e-commerce firm (电商), one of :data:`FIRM_DESCRIPTORS`, a carmaker or a drug maker.
_TRADE_BEFORE = re.compile(r"(?:(?:制造|生产|供应|运营|开发|零售|经销|承包|冶炼|化工|电|车|药|出口|进口|批发|代工|芯片|设备|"
                           r"服务|贸易|建筑|分销|软件|电信|航运|矿|厂)商|车企|药企|房企|车厂|药厂|"
                           + "|".join(FIRM_DESCRIPTORS) + ")$")


#: A company's own officers, board or owners (:func:`officers_after`): no person has them.
_OFFICERS = r"行政总裁|首席执行官|首席财务官|执行长|董事会|大股东|创办人|创始人"
#: A company's officers, board, owners or holdings (:func:`company_after`).
_COMPANY_AFTER = re.compile(_OFFICERS + r"|董事长|旗下")
_OFFICERS_AFTER = re.compile(f"(?:新任|现任|前任|时任)?(?:{_OFFICERS})")  # 斯泰兰蒂斯（Stellantis）|新任执行长
#: What only a company has (:func:`shares_after_gloss`): its shares, stake, price, market value, revenue or brand.
_SHARES_AFTER = re.compile("[各的]?(?:股价|股票|市值|营收|财报|股份|股权|持股|股东|品牌|商标)")


def context_type(norm: str, start: int, end: int, para_start: int) -> NameType | None:
    """What the words around a name say it is: an institution's head noun ending it, an organisation
    (欧盟委员会), a place head noun, a place (所罗门群岛); a title before it, a person (总统华盛顿); 在/抵达 before it or 特区 after it, a place, even
    before 说 (普京在莫斯科说); a speech verb alone, a person."""
    name = norm[start:end]
    return _context_type(norm[max(para_start, start - CONTEXT_BEFORE):start], name, norm[end:end + CONTEXT_AFTER],
                         _bought_abroad(norm[max(para_start, start - _BOUGHT_REACH):start], name))


@lru_cache(maxsize=65536)
def _context_type(before: str, name: str, after: str, bought: bool) -> NameType | None:
    """:func:`context_type` of a name and the text it reads around it (:data:`CONTEXT_BEFORE`,
    :data:`CONTEXT_AFTER`), and whether a verb of buying stands before it past its company's country (``bought``),
    answered once per such stretch: a text names the same people in the same words again and again, and the review
    asks at every mention."""
    norm, start, end, para_start = before + name + after, len(before), len(before) + len(name), 0
    if end - start > 3 and norm.endswith(INSTITUTION_HEADS + NAMED_BODY_HEADS + BODY_HEADS + ("局", "署", "国防军"),
                                         start, end):
        return NameType.ORGANISATION  # 欧盟委员会, 俄联邦安全局, 以色列国防军: a committee, a bureau, a service, an army
    if end - start > 3 and norm.endswith(PLACE_HEADS + STRUCTURE_HEADS + FEATURE_HEADS, start, end):
        return NameType.PLACE  # 所罗门群岛, 克赤大桥, whatever 所罗门 alone is
    if end - start >= 3 and norm.endswith(INSTITUTION_VENUES, start, end):
        return NameType.ORGANISATION  # 大都会艺术博物馆, 拉西亚天文台, 麦多餐厅: a museum, an observatory, a restaurant
    if end - start >= 3 and norm.endswith(VENUE_HEADS + SITE_HEADS, start, end):
        return NameType.PLACE  # 圣马梅斯球场, 新圣女公墓: a ground, a cemetery, whatever the words before it are
    if trade_before(norm, start, name) or _PARTY_BEFORE.search(norm, max(0, start - 2), start) or (
            _BODY_BEFORE_QUOTE.search(before)) or before.endswith(_PLAYS_FOR) or (
            not JOINER.search(name) and (_ACQUIRED_BEFORE.search(before) or bought or (
                _GROUP_KIND_BEFORE.search(before)))):
        return NameType.ORGANISATION  # 化工商|科思创 (Covestro), 电商龙头|酷澎, 政党|阿克巴扬: a company or a party,
        # however a person's it sounds; 效力|杜卡迪: a team; 收购|瑞信 (Credit Suisse): a company bought; 环保组织|绿色和平
    if _SQUAD_AFTER.match(norm, end) and not JOINER.search(name):
        return NameType.ORGANISATION  # 多特蒙德|中场|贝林厄姆, 拜仁|主帅: a club's player or coach, whatever city it is
        # named after; 索伯|车队: a maker's team, whatever person it sounds like; not 球员 (卡域克|球员时代 "Carrick's
        # playing days") nor 领队, which follow a person's name too
    if TITLE_BEFORE.search(norm[max(para_start, start - CONTEXT_BEFORE):start]) or (
            norm.endswith(_BODY_WORD_TITLES, 0, start) and len(name) <= 3 and name[0] in lexicon().surnames
            and not known_place(name, lexicon())):
        return NameType.PERSON  # 总统|马克龙; 常驻联合国代表|傅聪, but not 代表|美国
    if _PERSON_AFTER.match(norm[end:end + CONTEXT_AFTER]):
        return NameType.PERSON  # 在|布丽吉特|陪同下: 在 frames the person's company, not a place
    if place_cue_before(norm, start, para_start) or _PLACE_AFTER.match(norm[end:end + CONTEXT_AFTER]):
        return NameType.PLACE
    return NameType.PERSON if CUE_AFTER.match(norm[end:end + 3]) else None


def _bought_abroad(before: str, name: str) -> bool:
    """A company's country stands between a verb of buying and ``name`` (收购|以色列|迈络思 Mellanox): the name is
    the company's, not a place in that country, though a country before a name often says it is a place there."""
    bought = _ACQUIRED_ABROAD.search(before)
    return bool(bought) and known_place(bought.group("country"), lexicon()) and not known_place(name, lexicon())


def place_cue_before(norm: str, start: int, para_start: int) -> bool:
    """在/到/抵达 … right before ``start``, not the end of an ordinary word (达到|美斯, 现在, 正在)."""
    cue = PLACE_BEFORE.search(norm[max(para_start, start - 4):start])
    return bool(cue) and not (len(cue.group()) == 1 and start - 2 >= para_start and norm[start - 2:start] in lexicon().words)


def has_context(norm: str, start: int, end: int, para_start: int) -> bool:
    """A title or a company's trade before the name (芯片商|腾讯) or a speech verb after it: what makes two characters
    a name; not a speech verb when a title and a surname stand right before them (大使|于|敦海|表示): the name is
    written like a Chinese one, surname first."""
    return title_before(norm, start, para_start) or (
        start - para_start >= 2 and trade_before(norm, start, norm[start:end])) or (
        cue_follows(norm, end) and not (
            start > para_start and norm[start - 1] in lexicon().surnames and title_before(norm, start - 1, para_start)))


def title_before(norm: str, pos: int, para_start: int) -> bool:
    """A title or form of address ends right before ``pos`` (总统|马克龙)."""
    return bool(TITLE_BEFORE.search(norm[max(para_start, pos - 4):pos]))


def cue_follows(norm: str, pos: int) -> bool:
    """A speech verb or form of address begins at ``pos`` (佩斯科夫|说), or after the day news dates it with
    (鲁尼|周二|表示, 莫迪|3日|说)."""
    if (day := _DAY_SAID.match(norm, pos)) is not None:
        pos = day.end()
    return bool(CUE_AFTER.match(norm[pos:pos + 3]))


#: The day between a name and its speech verb (周二, 今天, 3日).
_DAY_SAID = re.compile(f"{TIME_AFTER.pattern}|[0-9０-９]{{1,2}}日")


def ends_word_before(norm: str, pos: int) -> bool:
    """The character at ``pos`` ends a word of jieba's dictionary that begins before it (总统府, 市政府)."""
    jieba = default_jieba()
    return any(all_han(norm[pos - k:pos + 1]) and jieba.has_word(norm[pos - k:pos + 1]) for k in (1, 2, 3) if pos - k >= 0)


def constant_first(norm: str, form: str, at: list[int], spans: SortedSpans, lex: Lexicon) -> str:
    """The one character the text writes right before ``form`` at each of ``at`` (two places or more), when it may
    be the name's first (法国|道|达尔能源公司 … 说，|道|达尔希望: 道达尔, TotalEnergies), else "": a
    transliteration's first character that jieba glued to no word, and that reads as too weak to begin a name, is
    written before the rest wherever the name is; the rest alone is a fragment.  Not a function word, a numeral, a
    character names never hold, one of another name in ``spans``, nor one that ends a title or a word every time
    (教宗|良十四世, 董事长|艾尔坎, 收购|以色列)."""
    before = {norm[i - 1:i] for i in at}
    first = before.pop() if len(before) == 1 and len(at) >= 2 else ""
    if not first or not all_han(first) or first in LEADING or first in NUMERALS or (
            lex.odds(first) <= _CONSTANT_FIRST_ODDS) or (first + form) in lex.words or default_jieba().has_word(
            first + form[:1]) or any(spans.overlapping(i - 1, i) for i in at) or all(
            ends_word_before(norm, i - 1) for i in at) or any(TITLE_BEFORE.search(norm, max(0, i - 6), i) for i in at):
        return ""
    return first


#: How weak a character may be in names and still begin a name written after it every time (道 -0.41).
_CONSTANT_FIRST_ODDS = -1.0


def edge_at(norm: str, pos: int, para_start: int, para_end: int) -> bool:
    """Punctuation, the paragraph's edge or a function word at ``pos``."""
    return not para_start <= pos < para_end or not "\u3400" <= norm[pos] <= "\u9fff" or norm[pos] in BESIDE


def generation_before(norm: str, start: int, para_start: int, lex: Lexicon) -> bool:
    """老/小/大 right before ``start`` stands alone: after punctuation, a function word or a title (名将|大|威廉丝,
    妹妹|小|威廉丝), and it makes no ordinary word with the character before or after it (not 最小, 大卫)."""
    pos = start - 1
    if pos < para_start or norm[pos] not in GENERATION:
        return False
    before = norm[pos - 1] if pos - 1 >= para_start else ""
    if norm[pos - 1:pos + 1] in lex.words or default_jieba().has_word(norm[pos - 1:pos + 1]):
        return False  # 从小|普京: the character is the end of a word
    return (not before or not "\u3400" <= before <= "\u9fff" or before in BESIDE or before in GENERATION
            or bool(TITLE_BEFORE.search(norm[max(para_start, pos - 4):pos])) or (
                norm[pos - 2:pos] in lex.words and norm[pos - 1:pos + 1] not in lex.words)) and (
        norm[pos:start + 1] not in lex.words and norm[pos:start + 2] not in lex.words and before not in GENERATION)


#: The regions whose press a continued rendering names (台湾则称…, 香港媒体则作…), besides a press itself (新华社则译作):
#: anything else before 则 is the name rendered (金奈则写作「清奈」), a statement of its own.
PRESS_REGIONS = ("内地", "大陆", "中国大陆", "台湾", "香港", "澳门", "新加坡", "马来西亚", "港澳", "两岸")


#: The words for "for" and "independent" that open the names Spanish and Latin American parties translate to
#: (争取民主党 Party for Democracy, 独立民主联盟, 全力为加泰隆尼亚党): a verb or an adjective that begins a name.
PARTY_OPENERS = ("全力为", "争取", "独立")


#: A ruler's titles that the lexicon knows as a place or a name too (Sudan, Emil): 阿曼苏丹|海赛姆·本·塔里克.
RULER_TITLES = ("苏丹", "埃米尔")
#: How far after a ruler's title the dot of the name it stands before may be (苏丹|海赛姆·).
_RULER_REACH = 9


def ruler_title(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """The word at [start, end) is a ruler's title before a name (阿曼|苏丹|海赛姆·本·塔里克: the sultan, no Sudan)."""
    return norm[start:end] in RULER_TITLES and end < len(norm) and ruler_before_name(
        norm, start, end, min(len(norm), end + _RULER_REACH), lex)


def ruler_before_name(norm: str, title: int, name: int, end: int, lex: Lexicon) -> bool:
    """The ruler's title at [title, name) stands before a name: its country before it (阿曼|苏丹), or a dotted
    name after it whose first part holds no title or function word (苏丹|海赛姆·本·塔里克; not 苏丹|总统府, nor
    苏丹·本·萨勒曼, Prince Sultan, and 埃米尔·库斯图里察, whose given name the title is)."""
    if norm[name] in JOINERS:
        return False
    if any(known_place(norm[title - k:title], lex) for k in (2, 3, 4) if title >= k):
        return True
    dot = JOINER.search(norm, name, min(end, name + _RULER_REACH))
    first = norm[name:dot.start()] if dot else ""
    return len(first) >= 2 and all_han(first) and not (set(first) & BESIDE) and not TITLE.search(first)


#: Kinship words between a person and a relative the text then names (马斯克的|胞弟|金博尔·马斯克, 巴菲特的|儿子|…).
_KIN_WORDS = ("父亲|母亲|儿子|女儿|胞弟|胞兄|胞妹|胞姐|胞姊|姊姊|弟弟|哥哥|妹妹|姐姐|妻子|丈夫|遗孀|长子|次子|幼子|长女|次女|之子|之女|"
              "叔父|伯父|侄子|侄女|外甥女|外甥|孙子|孙女|之孙|兄长|前妻|前夫|表兄|表弟|堂兄|堂弟|夫人|太太|"
              "之妹|之弟|之兄|之姐|之妻|之夫|之父|之母")
_KIN_BEFORE = "[的偕携]?[大小二三四]?"  # 巴菲特的|儿子, 万斯|偕夫人|乌莎·万斯 ("with his wife"), 特朗普的|小|女儿
KIN_BEFORE_NAME = re.compile(f"{_KIN_BEFORE}(?:{_KIN_WORDS})$")
KIN_AFTER_NAME = re.compile(f"{_KIN_BEFORE}(?:{_KIN_WORDS})")
_KIN_OF_HIS = f"其[胞大小二三四]?(?:{_KIN_WORDS}|[子女妻夫父母弟兄姐妹姊])"
#: A kinship word after 其 ("his", "her"), whose person the text named before (其子, 其妻, 其长女).
KIN_OF_HIS = re.compile(f"{_KIN_OF_HIS}$")
#: The same before an apposition, the relative's office, in the clause that ends at the name (其子、联邦众议员|
#: 爱德华多·博索纳罗).
KIN_OF_HIS_BEFORE_OFFICE = re.compile(f"{_KIN_OF_HIS}、[^，。；：！？,;:!?]*$")


_KIN_IN_CLAUSE = re.compile(f"(?:{_KIN_WORDS}|兄弟|其[子女弟兄姐妹])[^。！？；]*$")


#: What follows a number in a date (2025年, 10月, 26日, 5时): never a name's first character there.
DATE_UNITS = "年月日时"
#: Kinship words of one character (子 son, 女 daughter, 妻 wife…), which follow 之 "of" next to a name: 吕志和|之子,
#: 西蒙尼|之子|朱利亚诺.
KIN_CHARACTERS = frozenset("子女孙妻夫弟兄姐妹侄甥父母")


def kin_said_before(norm: str, start: int, para_start: int, reach: int = 12) -> bool:
    """A kinship word stands in the clause before ``start``, within ``reach`` characters (马杜罗之子、国民议会代表|
    尼古拉斯·马杜罗·格拉, 其兄弟|华金·古斯曼·洛佩斯): the name there is a relative's."""
    return bool(_KIN_IN_CLAUSE.search(norm, max(para_start, start - reach), start))


def after_kinship_word(norm: str, start: int) -> bool:
    """A kinship word ends at ``start`` (纳瓦兹之女|马里亚姆·纳瓦兹, 其子|尼古拉斯·佩特罗): the name there is a relative's."""
    return bool(KIN_BEFORE_NAME.search(norm, max(0, start - 4), start) or KIN_OF_HIS.search(norm, max(0, start - 4), start))
