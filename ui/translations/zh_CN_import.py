"""Simplified Chinese of the import wizard's column labels, ignored columns and fixed problem
wording, and of the person editor's date and required-field messages (merged into
`zh_CN.ZH_CN`). Keep %1, %2 … and the & of keyboard accelerators."""

IMPORT: dict[str, str] = {
    # person editor (ui/widgets/person_editor.py)
    "not a date: %1 (use YYYY-MM-DD)": "不是日期：%1（请按 YYYY-MM-DD 填写）",
    "%1 is required": "%1为必填项",
    # import wizard (ui/import_wizard.py, ui/import_wizard_columns.py)
    "&Use the suggested matches": "采用建议的对应(&U)",
    "These columns will be ignored: %1": "以下列将被忽略：%1",
    "(looks like %1)": "（似乎是 %1）",
    "Use the suggested matches, or go Back and match the columns.":
        "请采用建议的对应，或返回上一页对应这些列。",
    # template columns
    "Person reference": "人员编号",
    "Family name (native)": "姓（本国文字）",
    "Given name (native)": "名（本国文字）",
    "Latin name": "拉丁文姓名",
    "Sex": "性别",
    "Date of birth": "出生日期",
    "Nationality": "国籍",
    "Document type": "证件类型",
    "Document number": "证件号码",
    "Document expiry": "证件有效期至",
    "Issuing country": "签发国",
    "MRZ": "机读区",
    "Holding site": "羁押点",
    "Batch": "批次",
    "Case": "案件",
    "Province": "省份",
    "Flags": "标记",
    "Ready date": "就绪日期",
    "Notes": "备注",
    "Keep-together group": "同行分组",
    "Medical note": "医疗备注",
    "Trafficking screening": "拐卖受害人甄别",
    "Keep apart from": "须分开的人员",
    "Identity verified": "身份已核实",
    "Travel document issued": "旅行证件已签发",
    "Exit clearance": "出境许可",
    "Fit to travel": "适宜出行",
    # problems with a fixed wording (planner/importing/person_rules.py, person_checks.py)
    "date of birth is in the future": "出生日期在未来",
    "date of birth is before 1900": "出生日期早于 1900 年",
    "not an ISO 3166-1 alpha-3 country code (e.g. CHN, MMR, THA)":
        "不是 ISO 3166-1 三字母国家代码（例如 CHN、MMR、THA）",
    "sex must be M, F or X (male/female/男/女 accepted)":
        "性别须为 M、F 或 X（也可填 male/female/男/女）",
    "a document number is required for a passport": "护照须填写证件号码",
    "a document number is given but the document type is none (or empty)":
        "填写了证件号码，但证件类型为 none（或为空）",
    "document type must be passport, etc (emergency travel certificate), national_id or none":
        "证件类型须为 passport、etc（旅行证）、national_id 或 none",
    "a two-digit year is ambiguous: write the year in full": "两位数年份有歧义：请写完整年份",
    "unknown site code (no holding site with this code in the database)":
        "未知的羁押点代码（数据库中没有此代码的羁押点）",
    "no receiving point serves this province": "没有接收点负责此省份",
    "batch exists at a different site": "该批次属于另一个羁押点",
    "flag pregnant on a person whose sex is not F": "性别不是 F 的人员带有 pregnant（怀孕）标记",
    "a person cannot be kept apart from themselves": "人员不能与自己分开",
    "screening must be not_screened, screened_suspect or screened_victim":
        "甄别结果须为 not_screened、screened_suspect 或 screened_victim",
}
