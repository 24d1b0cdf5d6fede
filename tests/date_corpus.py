"""Date corpus in the style of Duckling's: (expected value, kind, surface forms), all read at
the fixed reference time REF (the publication date). Grouped by origin, as in price-parser's
tests: forms modelled on the dev articles, forms from bugs we caught, and known failures."""

REF = "2021-03-15"  # a Monday

DEV = [
    ("2021-01-13T17:05", "datetime", ["13/1/2021 17:05", "13/01/2021 17:05", "13/1/2021 17h05",
                                      "13/1/2021, 17:05", "17:05 13/1/2021", "17:05 ngày 13/1/2021"]),
    ("2020-12-21T18:11", "datetime", ["Thứ 2, 21/12/2020 | 18:11:53", "Thứ hai, 21/12/2020 18:11",
                                      "21/12/2020 - 18:11", "T2, 21/12/2020 | 18:11:53"]),
    ("2024-11-17T19:20", "datetime", ["Chủ nhật, 17/11/2024, 19:20[GMT+7]", "17/11/2024 19:20 (GMT+7)",
                                      "Chủ nhật, 17/11/2024 19:20 GMT+7"]),
    ("2020-01-13", "date", ["Chiều ngày 13/1/2020", "ngày 13/01/2020", "13/1/2020", "13-1-2020",
                            "13.1.2020", "Sáng 13/1/2020", "Tối 13/01/2020", "hôm 13/1/2020",
                            "ngày 13 tháng 1 năm 2020", "Thứ Hai, ngày 13 tháng 1 năm 2020"]),
    ("2021-02-27", "date", ["Thứ Bảy, ngày 27 tháng 2 năm 2021", "Thứ 7, 27/2/2021", "ngày 27-2-2021"]),
    ("2023-03-15", "date", ["ngày 15-3-2023", "15/3/2023", "Trưa 15/3/2023"]),
    ("2021-03-08", "date", ["Sáng 8/3", "ngày 8/3", "Chiều ngày 8/3", "Sáng ngày 08/03",
                            "ngày 8 tháng 3"]),
    ("2020-12-31", "date", ["Ngày 31/12", "ngày 31 tháng 12", "Chiều 31/12"]),
    ("2021-03-15", "date", ["hôm nay", "chiều nay", "sáng nay"]),
    ("2021-03-14", "date", ["hôm qua"]),
    ("2021-03-13", "date", ["hôm kia"]),
    ("2022-12", "month", ["tháng 12/2022", "tháng 12 năm 2022", "tháng 12-2022"]),
    ("2020", "year", ["năm 2020", "Năm 2020", "đầu năm 2020", "cuối năm 2020"]),
    ("2023-01/2023-03", "interval", ["quý I/2023", "quý I năm 2023", "quý 1/2023", "quý 1 năm 2023"]),
    ("2019-04/2019-06", "interval", ["quý II/2019", "quý II năm 2019", "quý 2/2019"]),
    ("2021-10/2021-12", "interval", ["quý IV"]),
    ("2024-01/2024-06", "interval", ["6 tháng đầu năm 2024"]),
    ("2020-07/2020-12", "interval", ["6 tháng cuối năm 2020"]),
    ("2021-01/2021-06", "interval", ["6 tháng đầu năm"]),
    ("2021-01/2021-09", "interval", ["9 tháng đầu năm"]),
    ("2021-01/2021-06", "interval", ["sáu tháng đầu năm 2021", "Sáu tháng đầu năm 2021"]),
    ("2020-10/2020-12", "interval", ["ba tháng cuối năm 2020"]),
    ("2024-01/2024-11", "interval", ["mười một tháng đầu năm 2024"]),
    ("2020/2025", "term", ["nhiệm kỳ 2020-2025", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 – 2025",
                           "2020-2025", "nhiệm kỳ\n2020-2025"]),
    ("2021/2026", "term", ["giai đoạn 2021 - 2026", "giai đoạn 2021-2026", "thời kỳ 2021-2026"]),
    ("2016/2020", "term", ["giai đoạn 2016 -2020"]),
    ("2023-07-13/2023-07-14", "interval", ["13 - 14/7/2023", "13-14/7/2023", "từ ngày 13 đến 14/7/2023"]),
    ("2020-10-16/2020-10-18", "interval", ["từ ngày 16 đến 18/10"]),
    ("2021-03-01", "date", ["Thứ Hai, 1/3/2021", "1/3/2021", "01/03/2021", "ngày 1-3-2021"]),
    ("2019-06-04T13:43", "datetime", ["13:43 04/06/2019", "04/06/2019 13:43"]),
    ("2024-10-15T11:45", "datetime", ["15/10/2024 11:45:32", "15/10/2024 lúc 11:45"]),
    ("2021-02", "month", ["tháng 2/2021", "tháng 02/2021", "tháng 2 năm 2021"]),
    ("2019", "year", ["năm 2019", "giữa năm 2019"]),
    ("2022-01/2022-03", "interval", ["quý I/2022", "quý 1-2022"]),
    ("2020/2024", "term", ["nhiệm kỳ 2020—2024"]),
]

BUGS = [
    # the page-clock line must still be read as a date
    ("2026-03-05T19:02", "datetime", ["Thứ năm 05/03/2026 19:02"]),
    # a day-month after the publication day belongs to the year before
    ("2020-12-21", "date", ["Chiều ngày 21/12"]),
]

XFAIL: list[tuple[str, str, list[str]]] = []

NEGATIVE = [
    "10 năm qua", "lần thứ XIII", "Đại hội XIII", "6 tháng", "2.734 dịch vụ", "900.000 mô hình",
    "Hotline: 024.355.63.010", "số 25", "Nghị quyết số 25", "Kết luận số 03", "khóa XV",
    "2224-TB/TU", "1429/MTTW- BTT", "12 nhiệm vụ", "02 ngày", "13/15 xã", "những tháng cuối năm",
    "COVID – 19", "4324", "lúc 8 giờ", "sáu tháng đầu năm",
]

BUGS.append(("2025-11-22T14:05", "datetime", ["22/11/2025 2:05 PM", "22/11/2025 2:05 pm",
                                              "Thứ Bảy, 22/11/2025 - 02:05 P.M."]))
BUGS.append(("2025-11-22T00:10", "datetime", ["22/11/2025 12:10 AM"]))
DEV.append(("2024-03-12T08:30", "datetime", ["8 giờ 30 phút ngày 12/3/2024", "8h30 ngày 12/3/2024"]))
DEV.append(("2021-01-14", "date", ["Sáng 14-1", "ngày 14-1", "Chiều 14-01"]))
DEV.append(("2021-03-15", "date", ["Sáng nay (15/3)", "chiều nay (15-3)", "hôm nay (15/3/2021)"]))
