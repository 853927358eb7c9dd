"""Deterministic synthetic manifests (invented names and numbers) for tests and benchmarks."""

from __future__ import annotations

import datetime as dt
import random

from planner.reporting.model import (
    Escort,
    ManifestData,
    ManifestFlags,
    ManifestKind,
    ManifestPerson,
    Place,
)

_FAMILY = [("王", "WANG"), ("李", "LI"), ("张", "ZHANG"), ("刘", "LIU"), ("陈", "CHEN"),
           ("杨", "YANG"), ("黄", "HUANG"), ("赵", "ZHAO"), ("吴", "WU"), ("周", "ZHOU"),
           ("欧阳", "OUYANG"), ("诸葛", "ZHUGE")]
_GIVEN = [("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("秀英", "Xiuying"), ("敏", "Min"),
          ("静", "Jing"), ("丽", "Li"), ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"),
          ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"),
          ("明辉", "Minghui"), ("鑫", "Xin"), ("嘉怡", "Jiayi")]

#: Handover places by partner country, with local-script names (to exercise shaping).
PLACES = {
    "THA": Place("Mae Sot – ด่านแม่สอด", "THA"),
    "LAO": Place("Boten – ບໍ່ເຕັນ", "LAO"),
    "KHM": Place("Phnom Penh – ភ្នំពេញ", "KHM"),
    "MMR": Place("Myawaddy – မြဝတီ", "MMR"),
    "VNM": Place("Hữu Nghị – Lạng Sơn", "VNM"),
}


def sample_people(n: int, *, seed: int = 7, travel_date: dt.date | None = None
                  ) -> tuple[ManifestPerson, ...]:
    rnd = random.Random(seed)
    day = travel_date or dt.date(2025, 3, 14)
    people = []
    for i in range(n):
        fz, fl = rnd.choice(_FAMILY)
        gz, gl = rnd.choice(_GIVEN)
        sex = "F" if i % 3 == 1 else ("X" if i % 47 == 45 else "M")
        minor = i % 17 == 5
        age = rnd.randint(14, 17) if minor else rnd.randint(18, 60)
        dob = dt.date(day.year - age, rnd.randint(1, 12), rnd.randint(1, 28))
        flags = ManifestFlags(minor=minor, medical=i % 11 == 3, screened_victim=i % 7 == 2,
                              pregnant=sex == "F" and i % 19 == 4,
                              travel_separately=i % 23 == 9)
        people.append(ManifestPerson(
            ref=f"P{100000 + i}", chinese_name=fz + gz, latin_name=f"{fl} {gl}", sex=sex,
            date_of_birth=None if i % 59 == 58 else dob, nationality="CHN",
            document_type="etc" if i % 4 == 0 else "passport",
            document_number=f"{'T' if i % 4 == 0 else 'E'}{rnd.randint(10_000_000, 99_999_999)}",
            case_ref=f"CASE-2025-{(i // 6) + 1:04d}", batch_ref=f"B-{(i // 40) + 1:02d}",
            flags=flags, seal_number="" if i % 13 == 12 else f"S{rnd.randint(100000, 999999)}",
        ))
    return tuple(people)


def sample_manifest(n: int = 120, country: str = "THA", *,
                    kind: ManifestKind = ManifestKind.CROSSING, seed: int = 7) -> ManifestData:
    people = sample_people(n, seed=seed)
    batches = tuple(sorted({p.batch_ref for p in people}))
    return ManifestData(
        operation="Operation Homeward 2025", number=f"M-{country}-0314-01", revision=1,
        kind=kind, date=dt.date(2025, 3, 14), local_time=dt.time(9, 30),
        place=PLACES.get(country, Place("Kunming Changshui", country)),
        dispatching_agency="Partner police – transfer unit", receiving_agency="公安部 接收组",
        people=people,
        escorts=(Escort("刘 强 LIU Qiang", "PSB-0421", "Team lead"),
                 Escort("Somchai J.", "RTP-88812", "Escort"),
                 Escort("陈 静 CHEN Jing", "PSB-0502", "Medical officer")),
        batch_refs=batches, flight_number="MU2034" if kind is ManifestKind.FLIGHT else "",
        generated_at=dt.datetime(2025, 3, 13, 18, 5),
    )
