"""Manifest labels in English, Chinese and the partner languages.

Every title and label on a manifest is printed in Chinese, the partner language of the country of
the handover place (Thai, Lao, Khmer, Burmese or Vietnamese) and English. Labels in Thai, Lao,
Khmer and Burmese avoid ASCII punctuation and digits inside words: those fonts have no Latin
glyphs, and a font may change only at a space (see `planner.reporting.fonts`).
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "zh", "th", "lo", "km", "my", "vi")

#: Partner language by the ISO 3166-1 alpha-3 country of the handover place.
PARTNER_LANGUAGE: dict[str, str] = {
    "THA": "th",
    "LAO": "lo",
    "KHM": "km",
    "MMR": "my",
    "VNM": "vi",
}

_L = dict[str, str]


def _l(en: str, zh: str, th: str, lo: str, km: str, my: str, vi: str) -> _L:
    return {"en": en, "zh": zh, "th": th, "lo": lo, "km": km, "my": my, "vi": vi}


LABELS: dict[str, _L] = {
    # titles and header fields
    "title_crossing": _l(
        "Border handover manifest", "边境移交人员名单",
        "บัญชีรายชื่อบุคคลที่ส่งมอบ ณ ด่านชายแดน", "ບັນຊີລາຍຊື່ບຸກຄົນທີ່ສົ່ງມອບຢູ່ດ່ານຊາຍແດນ",
        "បញ្ជីឈ្មោះបុគ្គលប្រគល់នៅច្រកព្រំដែន", "နယ်စပ်တွင် လွှဲပြောင်းသူများ စာရင်း",
        "Danh sách bàn giao tại cửa khẩu biên giới"),
    "title_flight": _l(
        "Flight handover manifest", "航班移交人员名单",
        "บัญชีรายชื่อบุคคลที่ส่งมอบทางเที่ยวบิน", "ບັນຊີລາຍຊື່ບຸກຄົນທີ່ສົ່ງມອບທາງຖ້ຽວບິນ",
        "បញ្ជីឈ្មោះបុគ្គលប្រគល់តាមជើងហោះហើរ", "လေယာဉ်ဖြင့် လွှဲပြောင်းသူများ စာရင်း",
        "Danh sách bàn giao theo chuyến bay"),
    "operation": _l("Operation", "行动名称", "ปฏิบัติการ", "ປະຕິບັດການ", "ប្រតិបត្តិការ",
                    "လုပ်ငန်းစဉ်", "Chiến dịch"),
    "manifest_no": _l("Manifest No.", "名单编号", "เลขที่บัญชีรายชื่อ", "ເລກທີບັນຊີລາຍຊື່",
                      "លេខបញ្ជី", "စာရင်းအမှတ်", "Số danh sách"),
    "revision": _l("Revision", "修订版次", "ฉบับแก้ไขครั้งที่", "ສະບັບແກ້ໄຂຄັ້ງທີ", "កំណែលើកទី",
                   "ပြင်ဆင်မှု အကြိမ်", "Lần sửa đổi"),
    "kind": _l("Kind", "移交方式", "ประเภท", "ປະເພດ", "ប្រភេទ", "အမျိုးအစား", "Hình thức"),
    "kind_crossing": _l("Land border handover", "陆路口岸移交", "ส่งมอบทางด่านชายแดน",
                        "ສົ່ງມອບທາງດ່ານຊາຍແດນ", "ប្រគល់តាមច្រកព្រំដែន",
                        "နယ်စပ်ဂိတ်မှ လွှဲပြောင်းခြင်း", "Bàn giao qua cửa khẩu"),
    "kind_flight": _l("Flight handover", "航班移交", "ส่งมอบทางเที่ยวบิน", "ສົ່ງມອບທາງຖ້ຽວບິນ",
                      "ប្រគល់តាមជើងហោះហើរ", "လေယာဉ်ဖြင့် လွှဲပြောင်းခြင်း",
                      "Bàn giao qua chuyến bay"),
    "date_time": _l("Date and local time", "日期及当地时间", "วันที่และเวลาท้องถิ่น",
                    "ວັນທີ ແລະ ເວລາທ້ອງຖິ່ນ", "កាលបរិច្ឆេទ និងម៉ោងក្នុងស្រុក",
                    "ရက်စွဲနှင့် ဒေသစံတော်ချိန်", "Ngày và giờ địa phương"),
    "place": _l("Place", "地点", "สถานที่", "ສະຖານທີ່", "ទីកន្លែង", "နေရာ", "Địa điểm"),
    "dispatching": _l("Dispatching agency", "移交单位", "หน่วยงานผู้ส่งมอบ", "ອົງການຜູ້ສົ່ງມອບ",
                      "អង្គភាពប្រគល់", "လွှဲပြောင်းပေးသည့် ဌာန", "Cơ quan bàn giao"),
    "receiving": _l("Receiving agency", "接收单位", "หน่วยงานผู้รับมอบ", "ອົງການຜູ້ຮັບມອບ",
                    "អង្គភាពទទួល", "လက်ခံသည့် ဌာန", "Cơ quan tiếp nhận"),
    "flight": _l("Flight", "航班号", "เที่ยวบิน", "ຖ້ຽວບິນ", "ជើងហោះហើរ", "လေယာဉ်ခရီးစဉ်",
                 "Chuyến bay"),
    "batches": _l("Batches", "批次", "ชุด", "ຊຸດ", "ក្រុម", "အသုတ်", "Đợt"),
    "generated": _l("Generated", "生成时间", "จัดทำเมื่อ", "ສ້າງເມື່ອ", "បង្កើតនៅ",
                    "ထုတ်ယူသည့်အချိန်", "Lập lúc"),
    # table columns
    "col_seq": _l("No.", "序号", "ลำดับ", "ລຳດັບ", "ល.រ", "စဉ်", "STT"),
    "col_name": _l("Name (Chinese / Latin)", "姓名", "ชื่อ นามสกุล", "ຊື່ ແລະ ນາມສະກຸນ", "ឈ្មោះ",
                   "အမည်", "Họ và tên"),
    "col_sex": _l("Sex", "性别", "เพศ", "ເພດ", "ភេទ", "လိင်", "Giới tính"),
    "col_dob": _l("Date of birth", "出生日期", "วันเกิด", "ວັນເດືອນປີເກີດ", "ថ្ងៃខែឆ្នាំកំណើត",
                  "မွေးသက္ကရာဇ်", "Ngày sinh"),
    "col_nationality": _l("Nationality", "国籍", "สัญชาติ", "ສັນຊາດ", "សញ្ជាតិ", "နိုင်ငံသား",
                          "Quốc tịch"),
    "col_document": _l("Document type and number", "证件类型及号码", "ประเภทและเลขที่เอกสาร",
                       "ປະເພດ ແລະ ເລກທີເອກະສານ", "ប្រភេទ និងលេខឯកសារ",
                       "စာရွက်စာတမ်း အမျိုးအစားနှင့် အမှတ်", "Loại và số giấy tờ"),
    "col_case": _l("Case ref.", "案件编号", "เลขที่คดี", "ເລກທີຄະດີ", "លេខសំណុំរឿង", "အမှုအမှတ်",
                   "Số hồ sơ vụ việc"),
    "col_batch": _l("Batch", "批次", "ชุด", "ຊຸດ", "ក្រុម", "အသုတ်", "Đợt"),
    "col_flags": _l("Flags", "标注", "ข้อควรทราบ", "ຂໍ້ຄວນຮູ້", "កំណត់សម្គាល់", "မှတ်ချက်",
                    "Lưu ý"),
    "col_seal": _l("Property bag seal No.", "物品袋封签号", "เลขซีลถุงทรัพย์สิน",
                   "ເລກຜະນຶກຖົງຊັບສິນ", "លេខត្រាបិទថង់ទ្រព្យ", "ပစ္စည်းအိတ် တံဆိပ်အမှတ်",
                   "Số niêm phong túi tư trang"),
    # totals
    "totals": _l("Totals", "合计", "สรุปยอด", "ລວມທັງໝົດ", "សរុប", "စုစုပေါင်း", "Tổng hợp"),
    "people": _l("People", "人数", "จำนวนบุคคล", "ຈຳນວນບຸກຄົນ", "ចំនួនបុគ្គល", "လူဦးရေ",
                 "Số người"),
    "men": _l("Men", "男", "ชาย", "ຊາຍ", "ប្រុស", "ကျား", "Nam"),
    "women": _l("Women", "女", "หญิง", "ຍິງ", "ស្រី", "မ", "Nữ"),
    "sex_unknown": _l("Sex not stated", "性别不详", "ไม่ระบุเพศ", "ບໍ່ລະບຸເພດ", "មិនបញ្ជាក់ភេទ",
                      "လိင် မဖော်ပြ", "Không rõ giới tính"),
    "minor": _l("Minors", "未成年人", "ผู้เยาว์", "ເດັກອາຍຸຕ່ຳກວ່າ 18 ປີ", "អនីតិជន",
                "အရွယ်မရောက်သူ", "Người chưa thành niên"),
    "medical": _l("Medical", "需医疗关注", "ต้องได้รับการดูแลทางการแพทย์",
                  "ຕ້ອງການການດູແລທາງການແພດ", "ត្រូវការការថែទាំផ្នែកវេជ្ជសាស្ត្រ",
                  "ဆေးဘက်ဆိုင်ရာ စောင့်ရှောက်မှု လိုအပ်သူ", "Cần chăm sóc y tế"),
    "victim": _l("Screened victims", "经甄别的被害人", "ผู้เสียหายที่ผ่านการคัดแยก",
                 "ຜູ້ຖືກເຄາະຮ້າຍທີ່ຜ່ານການກວດແຍກ", "ជនរងគ្រោះដែលបានកំណត់អត្តសញ្ញាណ",
                 "စိစစ်ပြီး လူကုန်ကူးခံရသူ", "Nạn nhân đã được sàng lọc"),
    "pregnant": _l("Pregnant", "孕妇", "หญิงตั้งครรภ์", "ແມ່ຍິງຖືພາ", "ស្ត្រីមានផ្ទៃពោះ",
                   "ကိုယ်ဝန်ဆောင်", "Phụ nữ mang thai"),
    "separate": _l("Travel separately", "需单独押解", "ต้องเดินทางแยก", "ຕ້ອງເດີນທາງແຍກ",
                   "ត្រូវធ្វើដំណើរដាច់ដោយឡែក", "သီးခြား ခရီးသွားရမည့်သူ", "Di chuyển riêng"),
    "flagged": _l("Flagged (any flag)", "有标注人员", "บุคคลที่มีข้อควรทราบ", "ບຸກຄົນທີ່ມີຂໍ້ຄວນຮູ້",
                  "បុគ្គលមានកំណត់សម្គាល់", "မှတ်ချက်ပါသူ", "Người có lưu ý"),
    # escorts and signatures
    "escorts": _l("Escorts", "押解人员", "เจ้าหน้าที่ควบคุมตัว", "ເຈົ້າໜ້າທີ່ຄຸ້ມກັນ",
                  "មន្ត្រីអមដំណើរ", "အစောင့်အကြပ် အရာရှိများ", "Cán bộ áp giải"),
    "escort_name": _l("Name", "姓名", "ชื่อ", "ຊື່", "ឈ្មោះ", "အမည်", "Họ và tên"),
    "escort_id": _l("ID number", "证件号码", "เลขประจำตัว", "ເລກປະຈຳຕົວ", "លេខសម្គាល់",
                    "သက်သေခံကတ်အမှတ်", "Số hiệu"),
    "escort_role": _l("Role", "职责", "หน้าที่", "ໜ້າທີ່", "តួនាទី", "တာဝန်", "Nhiệm vụ"),
    "escort_agency": _l("Agency", "所属单位", "หน่วยงาน", "ອົງການ", "អង្គភាព", "ဌာန", "Cơ quan"),
    "escorts_short": _l(
        "{listed} escorts listed, {required} required by the plan",
        "已列押解人员 {listed} 人 计划要求 {required} 人",
        "ระบุเจ้าหน้าที่ควบคุมตัว {listed} คน แผนกำหนด {required} คน",
        "ລະບຸເຈົ້າໜ້າທີ່ຄຸ້ມກັນ {listed} ຄົນ ແຜນກຳນົດ {required} ຄົນ",
        "មន្ត្រីអមដំណើរដែលបានរាយ {listed} នាក់ ផែនការតម្រូវ {required} នាក់",
        "စာရင်းပါ အစောင့်အကြပ် {listed} ဦး အစီအစဉ်အရ လိုအပ်သူ {required} ဦး",
        "Đã ghi {listed} cán bộ áp giải, kế hoạch yêu cầu {required}"),
    "dispatching_officer": _l("Dispatching officer", "移交方负责人", "เจ้าหน้าที่ผู้ส่งมอบ",
                              "ເຈົ້າໜ້າທີ່ຜູ້ສົ່ງມອບ", "មន្ត្រីប្រគល់",
                              "လွှဲပြောင်းပေးသည့် အရာရှိ", "Cán bộ bàn giao"),
    "receiving_officer": _l("Receiving officer", "接收方负责人", "เจ้าหน้าที่ผู้รับมอบ",
                            "ເຈົ້າໜ້າທີ່ຜູ້ຮັບມອບ", "មន្ត្រីទទួល", "လက်ခံသည့် အရာရှိ",
                            "Cán bộ tiếp nhận"),
    "witness": _l("Witness", "见证人", "พยาน", "ພະຍານ", "សាក្សី", "သက်သေ", "Người chứng kiến"),
    "sig_name": _l("Name", "姓名", "ชื่อ นามสกุล", "ຊື່ ແລະ ນາມສະກຸນ", "ឈ្មោះ", "အမည်",
                   "Họ và tên"),
    "sig_id": _l("ID number", "证件号码", "เลขประจำตัว", "ເລກປະຈຳຕົວ", "លេខសម្គាល់",
                 "သက်သေခံကတ်အမှတ်", "Số hiệu"),
    "signature": _l("Signature", "签名", "ลายมือชื่อ", "ລາຍເຊັນ", "ហត្ថលេខា", "လက်မှတ်", "Chữ ký"),
    "sig_datetime": _l("Date and time", "日期及时间", "วันที่และเวลา", "ວັນທີ ແລະ ເວລາ",
                       "កាលបរិច្ឆេទ និងម៉ោង", "ရက်စွဲနှင့် အချိန်", "Ngày giờ"),
    # page furniture
    "confidential": _l("CONFIDENTIAL — PERSONAL DATA", "保密 — 个人信息",
                       "ลับ — ข้อมูลส่วนบุคคล", "ລັບ — ຂໍ້ມູນສ່ວນບຸກຄົນ",
                       "សម្ងាត់ — ទិន្នន័យផ្ទាល់ខ្លួន", "လျှို့ဝှက် — ကိုယ်ရေးအချက်အလက်",
                       "BẢO MẬT — DỮ LIỆU CÁ NHÂN"),
    "page": _l("Page {page} of {pages}", "第 {page} 页 共 {pages} 页", "หน้า {page} จาก {pages}",
               "ໜ້າ {page} ຈາກ {pages}", "ទំព័រ {page} នៃ {pages}", "စာမျက်နှာ {page} / {pages}",
               "Trang {page} / {pages}"),
    "digest": _l("Person-list SHA-256", "人员名单 SHA-256 摘要", "ค่า SHA-256 ของรายชื่อ",
                 "ລະຫັດ SHA-256 ຂອງລາຍຊື່", "តម្លៃ SHA-256 នៃបញ្ជីឈ្មោះ",
                 "စာရင်း၏ SHA-256 တန်ဖိုး", "Mã SHA-256 của danh sách"),
}

#: Short bilingual tags (Chinese, English) printed in the table's flags column.
FLAG_TAGS: dict[str, tuple[str, str]] = {
    "minor": ("未成年", "MINOR"),
    "medical": ("医疗", "MEDICAL"),
    "victim": ("被害人", "VICTIM"),
    "pregnant": ("孕妇", "PREGNANT"),
    "separate": ("单独", "SEPARATE"),
}

#: Sex codes (planner.domain.enums.Sex values) as printed: (Chinese, code).
SEX_TAGS: dict[str, tuple[str, str]] = {"M": ("男", "M"), "F": ("女", "F"), "X": ("不详", "X")}

#: Document types (planner.domain.enums.DocumentType values) as printed: (Chinese, English).
DOCUMENT_TAGS: dict[str, tuple[str, str]] = {
    "passport": ("护照", "Passport"),
    "etc": ("旅行证", "ETC"),
    "national_id": ("身份证", "National ID"),
    "none": ("无证件", "None"),
}



#: Untranslated marks the renderer prints around values (checked against the fonts like labels).
MARKS: dict[str, str] = {
    "dash": "—",  # an empty value
    "onward": "»",  # dispatching agency » receiving agency
    "dot": "·",  # separates parts of one line
    "slash": "/",  # separates the languages of a label
    "colon": ":",
    "revision": "r",  # before the revision number: "M-…  r2"
    "qr": "QR",
    "open": "(",
    "close": ")",
    "comma": ",",
}

def partner_language(country: str) -> str | None:
    """The partner language of a handover place's country, or None (then Chinese + English)."""
    return PARTNER_LANGUAGE.get(country.upper())


def label(key: str, lang: str) -> str:
    """One label in one language."""
    return LABELS[key][lang]


def trilingual(key: str, partner: str | None, **fmt: object) -> tuple[str, ...]:
    """The label in Chinese, the partner language (if any) and English, formatted with `fmt`."""
    langs = ["zh"] + ([partner] if partner and partner not in ("zh", "en") else []) + ["en"]
    entry = LABELS[key]
    return tuple(entry[lang].format(**fmt) if fmt else entry[lang] for lang in langs)


def all_label_strings() -> list[tuple[str, str, str]]:
    """Every (key, language, text) printed on a manifest, for glyph-coverage checks."""
    out = [(key, lang, text) for key, entry in LABELS.items() for lang, text in entry.items()]
    for table, name in ((FLAG_TAGS, "flag"), (SEX_TAGS, "sex"), (DOCUMENT_TAGS, "doc")):
        for key, (zh, en) in table.items():
            out.append((f"{name}:{key}", "zh", zh))
            out.append((f"{name}:{key}", "en", en))
    out.extend((f"mark:{key}", "zxx", text) for key, text in MARKS.items())
    return out
