"""Small tables for synthetic people: Chinese family names and given-name characters with their
pinyin (no tones), household-registration provinces with weights, medical notes.

Names are random combinations of common characters; they describe no real person.
"""

from __future__ import annotations

import random
from itertools import accumulate

# (characters, pinyin as written in a passport, relative frequency)
SURNAMES: tuple[tuple[str, str, int], ...] = (
    ("王", "Wang", 72), ("李", "Li", 70), ("张", "Zhang", 66), ("刘", "Liu", 55),
    ("陈", "Chen", 60), ("杨", "Yang", 33), ("黄", "Huang", 30), ("赵", "Zhao", 20),
    ("吴", "Wu", 20), ("周", "Zhou", 19), ("徐", "Xu", 15), ("孙", "Sun", 14), ("马", "Ma", 12),
    ("朱", "Zhu", 12), ("胡", "Hu", 11), ("郭", "Guo", 11), ("何", "He", 10), ("林", "Lin", 16),
    ("罗", "Luo", 9), ("高", "Gao", 9), ("郑", "Zheng", 10), ("梁", "Liang", 9),
    ("谢", "Xie", 8), ("宋", "Song", 7), ("唐", "Tang", 7), ("许", "Xu", 6), ("邓", "Deng", 6),
    ("冯", "Feng", 6), ("韩", "Han", 5), ("曹", "Cao", 5), ("曾", "Zeng", 6), ("彭", "Peng", 5),
    ("萧", "Xiao", 5), ("蔡", "Cai", 5), ("潘", "Pan", 4), ("田", "Tian", 4), ("董", "Dong", 4),
    ("袁", "Yuan", 4), ("于", "Yu", 4), ("余", "Yu", 4), ("叶", "Ye", 4), ("蒋", "Jiang", 4),
    ("杜", "Du", 3), ("苏", "Su", 3), ("魏", "Wei", 3), ("程", "Cheng", 3), ("吕", "Lyu", 3),
    ("丁", "Ding", 3), ("沈", "Shen", 3), ("任", "Ren", 3), ("姚", "Yao", 3), ("卢", "Lu", 3),
    ("傅", "Fu", 2), ("钟", "Zhong", 3), ("姜", "Jiang", 2), ("崔", "Cui", 2), ("谭", "Tan", 2),
    ("廖", "Liao", 2), ("范", "Fan", 2), ("汪", "Wang", 2), ("陆", "Lu", 2), ("金", "Jin", 2),
    ("石", "Shi", 2), ("戴", "Dai", 2), ("贾", "Jia", 2), ("韦", "Wei", 2), ("夏", "Xia", 2),
    ("邱", "Qiu", 2), ("方", "Fang", 2), ("侯", "Hou", 2), ("邹", "Zou", 2), ("熊", "Xiong", 2),
    ("孟", "Meng", 2), ("秦", "Qin", 2), ("白", "Bai", 2), ("江", "Jiang", 2), ("阎", "Yan", 1),
    ("薛", "Xue", 1), ("尹", "Yin", 1), ("段", "Duan", 1), ("雷", "Lei", 1), ("黎", "Li", 1),
    ("史", "Shi", 1), ("龙", "Long", 1), ("陶", "Tao", 1), ("贺", "He", 1), ("顾", "Gu", 1),
    ("毛", "Mao", 1), ("郝", "Hao", 1), ("龚", "Gong", 1), ("邵", "Shao", 1), ("万", "Wan", 1),
    ("覃", "Qin", 1), ("武", "Wu", 1), ("钱", "Qian", 1), ("严", "Yan", 1), ("莫", "Mo", 1),
    ("孔", "Kong", 1), ("向", "Xiang", 1), ("常", "Chang", 1), ("欧阳", "Ouyang", 1),
)

_MALE = (
    "伟Wei 强Qiang 磊Lei 军Jun 勇Yong 杰Jie 涛Tao 明Ming 超Chao 辉Hui 鹏Peng 华Hua 飞Fei "
    "斌Bin 宇Yu 浩Hao 凯Kai 健Jian 俊Jun 帅Shuai 波Bo 峰Feng 建Jian 志Zhi 文Wen 龙Long 海Hai "
    "平Ping 东Dong 亮Liang 刚Gang 成Cheng 阳Yang 晨Chen 轩Xuan 博Bo 新Xin 国Guo 永Yong 世Shi "
    "荣Rong 德De 子Zi 家Jia 振Zhen 天Tian 金Jin 泽Ze 嘉Jia 立Li 毅Yi 坤Kun 锋Feng 鑫Xin 星Xing "
    "航Hang 宏Hong 学Xue 俊Jun 豪Hao 林Lin 睿Rui 铭Ming 庆Qing 春Chun"
)
_FEMALE = (
    "芳Fang 娜Na 敏Min 静Jing 丽Li 艳Yan 婷Ting 雪Xue 玲Ling 燕Yan 霞Xia 琳Lin 倩Qian 欣Xin "
    "怡Yi 佳Jia 慧Hui 颖Ying 洁Jie 晶Jing 莉Li 萍Ping 红Hong 梅Mei 兰Lan 月Yue 琪Qi 悦Yue 思Si "
    "雨Yu 梦Meng 诗Shi 可Ke 晓Xiao 秀Xiu 春Chun 英Ying 凤Feng 小Xiao 美Mei 文Wen 嘉Jia 子Zi"
)


def _syllables(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((w[0], w[1:]) for w in text.split())


MALE_GIVEN = _syllables(_MALE)
FEMALE_GIVEN = _syllables(_FEMALE)

# Household-registration provinces of people returned in 2025 (planning weights, not reports):
# the south-east and south-west recruit most.
PROVINCE_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("Fujian", 14), ("Guangdong", 11), ("Jiangxi", 9), ("Hunan", 9), ("Sichuan", 8),
    ("Henan", 7), ("Yunnan", 6), ("Guangxi", 6), ("Hubei", 5), ("Anhui", 5), ("Guizhou", 4),
    ("Chongqing", 4), ("Zhejiang", 3), ("Jiangsu", 2), ("Shandong", 2), ("Hebei", 2),
    ("Shaanxi", 2), ("Liaoning", 1.5), ("Heilongjiang", 1.5), ("Jilin", 1), ("Shanxi", 1),
    ("Hainan", 1), ("Gansu", 1), ("Inner Mongolia", 0.5), ("Beijing", 0.5), ("Shanghai", 0.5),
    ("Tianjin", 0.5), ("Ningxia", 0.3), ("Xinjiang", 0.3), ("Qinghai", 0.2), ("Tibet", 0.1),
)

MEDICAL_NOTES: tuple[str, ...] = (
    "hypertension; daily medication, carries own supply",
    "type 2 diabetes; insulin, keep cool",
    "healing fracture of the left forearm; no heavy lifting",
    "asthma; carries inhaler",
    "injuries from beatings; wound dressing to be changed daily",
    "hepatitis B; routine precautions",
    "severe anxiety; escort to stay close, no restraints unless needed",
    "dental abscess; on antibiotics",
    "recovering from malaria; fit to travel per clinic",
    "epilepsy; medication twice a day",
    "skin infection; on antibiotic cream",
    "malnourished; extra meals and water on the journey",
)


def between(rng: random.Random, low: int, high: int) -> int:
    """A whole number from `low` to `high` inclusive; like `randint`, several times faster."""
    return low + int(rng.random() * (high - low + 1))


class Picker:
    """Weighted choice with precomputed cumulative weights (fast in a tight loop)."""

    def __init__(self, items: tuple[tuple[str, float], ...]) -> None:
        self.values = [v for v, _ in items]
        self.cum = list(accumulate(w for _, w in items))

    def __call__(self, rng: random.Random) -> str:
        return rng.choices(self.values, cum_weights=self.cum)[0]


SURNAME_INDEX = Picker(tuple((str(i), float(w)) for i, (_, _, w) in enumerate(SURNAMES)))
PROVINCE = Picker(PROVINCE_WEIGHTS)


def surname(rng: random.Random) -> tuple[str, str]:
    """(characters, pinyin) of a family name."""
    chars, latin, _ = SURNAMES[int(SURNAME_INDEX(rng))]
    return chars, latin


def given_name(rng: random.Random, female: bool) -> tuple[str, str]:
    """(characters, pinyin) of a one- or two-character given name, e.g. ('建国', 'Jianguo')."""
    table = FEMALE_GIVEN if female else MALE_GIVEN
    n = 1 if rng.random() < 0.3 else 2
    parts = [table[int(rng.random() * len(table))] for _ in range(n)]
    chars = "".join(c for c, _ in parts)
    latin = "".join(p for _, p in parts).capitalize()
    return chars, latin
