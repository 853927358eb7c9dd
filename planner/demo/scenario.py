"""The fixed facts of the 2025 demo scenario: source areas, places, receiving points, routes.

People per source area are the publicly reported 2025 totals (regional law-enforcement meeting,
Kunming, 14 November 2025): Myawaddy 5,500, Golden Triangle SEZ 600, Vietnam 149, Cambodia 2,141.
The split over holding sites, capacities and routes are planning assumptions. Names are real
places, coordinates approximate. Everything that grows with `scale` is computed in `network`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

HORIZON_START = dt.date(2025, 2, 20)


def horizon_days(scale: int) -> int:
    """60 days, or 90 from scale 10 upwards."""
    return 90 if scale >= 10 else 60


@dataclass(frozen=True, slots=True)
class Place:
    code: str
    name_en: str
    name_local: str
    country: str
    kind: str
    latitude: float
    longitude: float
    timezone: str
    holding_capacity: int | None = None  # at scale 1


@dataclass(frozen=True, slots=True)
class Area:
    code: str  # batch reference prefix
    name: str
    people: int  # at scale 1
    sites: dict[str, int]  # holding-site code -> people at scale 1 (sums to `people`)


YGN, BKK, VTE_TZ, HCM, PNH_TZ, SHA = (
    "Asia/Yangon", "Asia/Bangkok", "Asia/Vientiane", "Asia/Ho_Chi_Minh", "Asia/Phnom_Penh",
    "Asia/Shanghai",
)
H, CP, AP, RP, ST = "holding_site", "border_checkpoint", "airport", "receiving_point", "staging"

PLACES: tuple[Place, ...] = (
    # Myawaddy, Myanmar
    Place("MYW-KKP", "KK Park", "ကေကေပါ့ခ်", "MMR", H, 16.5962, 98.5291, YGN, 2500),
    Place("MYW-SKK", "Shwe Kokko", "ရွှေကုက္ကို", "MMR", H, 16.8386, 98.5147, YGN, 1800),
    Place("MYW-TCH", "Tai Chang (Min Let Pan)", "မင်းလက်ပန်", "MMR", H, 16.4801, 98.6573,
          YGN, 1000),
    Place("MYW-MWD", "Myawaddy holding centre", "မြဝတီ", "MMR", H, 16.6883, 98.5085, YGN, 800),
    Place("MYW-BR2", "2nd Friendship Bridge checkpoint (Myawaddy)",
          "မြန်မာ-ထိုင်း ချစ်ကြည်ရေးတံတား (၂)", "MMR", CP, 16.7336, 98.5364, YGN),
    # Mae Sot, Tak, Thailand
    Place("THA-MS2", "Mae Sot border checkpoint 2", "ด่านพรมแดนแม่สอด แห่งที่ 2", "THA", CP,
          16.7351, 98.5431, BKK),
    Place("THA-MST", "Mae Sot immigration checkpoint (staging)",
          "ด่านตรวจคนเข้าเมืองแม่สอด", "THA", ST, 16.7151, 98.5660, BKK, 600),
    Place("MAQ", "Mae Sot Airport", "ท่าอากาศยานแม่สอด", "THA", AP, 16.6999, 98.5451, BKK),
    # Golden Triangle SEZ, Laos
    Place("LAO-GTZ", "Golden Triangle SEZ (Ton Pheung)", "ເຂດເສດຖະກິດພິເສດສາມຫຼ່ຽມຄຳ", "LAO", H,
          20.3570, 100.0850, VTE_TZ, 550),
    Place("LAO-HXY", "Houayxay police holding (Bokeo)", "ຫ້ວຍຊາຍ", "LAO", H, 20.2761, 100.4150,
          VTE_TZ, 200),
    Place("LAO-BTN", "Boten international checkpoint", "ດ່ານສາກົນບໍ່ເຕັນ", "LAO", CP, 21.1853,
          101.6718, VTE_TZ),
    Place("LAO-VTS", "Vientiane immigration police (staging)", "ກົມຕຳຫຼວດກວດຄົນເຂົ້າເມືອງ", "LAO",
          ST, 17.9667, 102.6000, VTE_TZ, 300),
    Place("VTE", "Wattay International Airport", "ສະໜາມບິນສາກົນວັດໄຕ", "LAO", AP, 17.9883,
          102.5633, VTE_TZ),
    # Vietnam
    Place("VNM-QNH", "Mong Cai holding (Quang Ninh)", "Móng Cái, Quảng Ninh", "VNM", H, 21.5270,
          107.9660, HCM, 100),
    Place("VNM-LCI", "Lao Cai holding", "Lào Cai", "VNM", H, 22.4856, 103.9707, HCM, 80),
    Place("VNM-LSN", "Lang Son holding", "Lạng Sơn", "VNM", H, 21.8537, 106.7615, HCM, 60),
    Place("VNM-MCI", "Mong Cai international border gate", "Cửa khẩu quốc tế Móng Cái", "VNM",
          CP, 21.5412, 107.9688, HCM),
    Place("VNM-LCK", "Lao Cai international border gate", "Cửa khẩu quốc tế Lào Cai", "VNM", CP,
          22.5047, 103.9683, HCM),
    Place("VNM-HNG", "Huu Nghi international border gate", "Cửa khẩu quốc tế Hữu Nghị", "VNM",
          CP, 21.9716, 106.7000, HCM),
    # Cambodia
    Place("KHM-SHV", "Sihanoukville holding", "ក្រុងព្រះសីហនុ", "KHM", H, 10.6270, 103.5222,
          PNH_TZ, 1000),
    Place("KHM-PPI", "Phnom Penh immigration detention centre", "ភ្នំពេញ", "KHM", H, 11.5564,
          104.9282, PNH_TZ, 700),
    Place("KHM-BAV", "Bavet holding (Svay Rieng)", "បាវិត", "KHM", H, 11.0686, 106.1580, PNH_TZ,
          400),
    Place("KHM-POI", "Poipet holding (Banteay Meanchey)", "ប៉ោយប៉ែត", "KHM", H, 13.6577,
          102.5630, PNH_TZ, 350),
    Place("PNH", "Phnom Penh International Airport", "អាកាសយានដ្ឋានអន្តរជាតិភ្នំពេញ", "KHM", AP,
          11.5466, 104.8441, PNH_TZ),
    # China: land-border checkpoints
    Place("CHN-MHN", "Mohan port", "磨憨口岸", "CHN", CP, 21.1930, 101.6920, SHA),
    Place("CHN-DXG", "Dongxing port", "东兴口岸", "CHN", CP, 21.5449, 107.9719, SHA),
    Place("CHN-HKO", "Hekou port", "河口口岸", "CHN", CP, 22.5098, 103.9612, SHA),
    Place("CHN-YYG", "Youyiguan port (Pingxiang)", "友谊关口岸", "CHN", CP, 21.9832, 106.6983,
          SHA),
    # China: airports
    Place("NKG", "Nanjing Lukou International Airport", "南京禄口国际机场", "CHN", AP, 31.7420,
          118.8620, SHA),
    Place("XMN", "Xiamen Gaoqi International Airport", "厦门高崎国际机场", "CHN", AP, 24.5440,
          118.1280, SHA),
    Place("CAN", "Guangzhou Baiyun International Airport", "广州白云国际机场", "CHN", AP, 23.3924,
          113.2988, SHA),
    Place("CSX", "Changsha Huanghua International Airport", "长沙黄花国际机场", "CHN", AP, 28.1892,
          113.2196, SHA),
    Place("TFU", "Chengdu Tianfu International Airport", "成都天府国际机场", "CHN", AP, 30.3192,
          104.4450, SHA),
    Place("KMG", "Kunming Changshui International Airport", "昆明长水国际机场", "CHN", AP,
          25.1019, 102.9292, SHA),
    Place("CGO", "Zhengzhou Xinzheng International Airport", "郑州新郑国际机场", "CHN", AP,
          34.5197, 113.8409, SHA),
    # China: receiving points (city public-security bureaus)
    Place("NKG-PSB", "Nanjing Municipal Public Security Bureau", "南京市公安局", "CHN", RP,
          32.0603, 118.7969, SHA),
    Place("XMN-PSB", "Xiamen Municipal Public Security Bureau", "厦门市公安局", "CHN", RP,
          24.4798, 118.0894, SHA),
    Place("CAN-PSB", "Guangzhou Municipal Public Security Bureau", "广州市公安局", "CHN", RP,
          23.1291, 113.2644, SHA),
    Place("CSX-PSB", "Changsha Municipal Public Security Bureau", "长沙市公安局", "CHN", RP,
          28.2282, 112.9388, SHA),
    Place("TFU-PSB", "Chengdu Municipal Public Security Bureau", "成都市公安局", "CHN", RP,
          30.6598, 104.0633, SHA),
    Place("KMG-PSB", "Kunming Municipal Public Security Bureau", "昆明市公安局", "CHN", RP,
          25.0406, 102.7129, SHA),
    Place("NNG-PSB", "Nanning Municipal Public Security Bureau", "南宁市公安局", "CHN", RP,
          22.8170, 108.3665, SHA),
    Place("CGO-PSB", "Zhengzhou Municipal Public Security Bureau", "郑州市公安局", "CHN", RP,
          34.7466, 113.6254, SHA),
)

AREAS: tuple[Area, ...] = (
    Area("MYW", "Myawaddy, Myanmar", 5500,
         {"MYW-KKP": 2300, "MYW-SKK": 1600, "MYW-TCH": 900, "MYW-MWD": 700}),
    Area("GTZ", "Golden Triangle SEZ, Laos", 600, {"LAO-GTZ": 450, "LAO-HXY": 150}),
    Area("VNM", "Vietnam", 149, {"VNM-QNH": 60, "VNM-LCI": 50, "VNM-LSN": 39}),
    Area("KHM", "Cambodia", 2141,
         {"KHM-SHV": 900, "KHM-PPI": 600, "KHM-BAV": 341, "KHM-POI": 300}),
)

ALL_PROVINCES: tuple[str, ...] = (
    "Beijing", "Tianjin", "Hebei", "Shanxi", "Inner Mongolia", "Liaoning", "Jilin",
    "Heilongjiang", "Shanghai", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong",
    "Henan", "Hubei", "Hunan", "Guangdong", "Guangxi", "Hainan", "Chongqing", "Sichuan",
    "Guizhou", "Yunnan", "Tibet", "Shaanxi", "Gansu", "Qinghai", "Ningxia", "Xinjiang",
)


@dataclass(frozen=True, slots=True)
class Receiving:
    code: str  # receiving-point code, also the code of its location
    name: str
    daily_intake: int  # at scale 1
    provinces: tuple[str, ...]


RECEIVING: tuple[Receiving, ...] = (
    # Nanjing received the Myawaddy airlift and forwards people to every province.
    Receiving("NKG-PSB", "Nanjing PSB", 500, ALL_PROVINCES),
    Receiving("XMN-PSB", "Xiamen PSB", 200, ("Fujian",)),
    Receiving("CAN-PSB", "Guangzhou PSB", 200, ("Guangdong", "Hainan")),
    Receiving("CSX-PSB", "Changsha PSB", 150, ("Hunan", "Jiangxi", "Hubei")),
    Receiving("TFU-PSB", "Chengdu PSB", 150, ("Sichuan", "Chongqing", "Tibet", "Qinghai")),
    Receiving("KMG-PSB", "Kunming PSB", 200,
              ("Yunnan", "Guizhou", "Sichuan", "Chongqing", "Guangxi", "Hunan", "Jiangxi")),
    Receiving("NNG-PSB", "Nanning PSB", 100,
              ("Guangxi", "Guangdong", "Hainan", "Fujian", "Hunan", "Jiangxi")),
    Receiving("CGO-PSB", "Zhengzhou PSB", 150,
              ("Henan", "Hebei", "Shanxi", "Shaanxi", "Gansu", "Ningxia", "Inner Mongolia",
               "Xinjiang")),
)

_SERVED: dict[str, frozenset[str]] = {r.code: frozenset(r.provinces) for r in RECEIVING}
_MYW = ("XMN-PSB", "CAN-PSB", "NKG-PSB")
_KHM = ("XMN-PSB", "CAN-PSB", "CSX-PSB", "TFU-PSB", "KMG-PSB", "CGO-PSB", "NKG-PSB")
_LAO = ("KMG-PSB", "CAN-PSB", "NKG-PSB")

#: Receiving points reachable from each holding site, in order of preference. A person goes to
#: the first that serves their province, else to the last (the site's default).
SITE_ROUTES: dict[str, tuple[str, ...]] = {
    "MYW-KKP": _MYW, "MYW-SKK": _MYW, "MYW-TCH": _MYW, "MYW-MWD": _MYW,
    "LAO-GTZ": _LAO, "LAO-HXY": _LAO,
    "VNM-QNH": ("NNG-PSB",), "VNM-LSN": ("NNG-PSB",), "VNM-LCI": ("KMG-PSB",),
    "KHM-SHV": _KHM, "KHM-PPI": _KHM, "KHM-BAV": _KHM, "KHM-POI": _KHM,
}


def receiving_for(site: str, province: str) -> str:
    """The receiving point a person from `province` held at `site` is sent to."""
    routes = SITE_ROUTES[site]
    for code in routes:
        if province in _SERVED[code]:
            return code
    return routes[-1]
