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

# Issue 12: every form of the family, at REF (2021-03-15). Values of year-less forms take
# REF's year, or the year before when the day would fall more than a week after REF.
RANGES = [
    ("2020-10-08/2020-10-09", "interval", ["ngày 8 và 9/10", "ngày 8 và 9-10", "8 và 9/10/2020",
                                           "ngày 8 và ngày 9/10", "ngày 8, 9/10"]),
    ("2020-10-16/2020-10-18", "interval", ["từ ngày 16 đến 18-10", "từ 16 - 18/10/2020",
                                           "từ ngày 16 tới ngày 18/10", "16–18/10/2020"]),
    ("2020-10-28/2020-11-02", "interval", ["từ ngày 28/10 đến 2/11/2020", "từ ngày 28/10 đến ngày 2/11",
                                           "từ 28-10 đến 2-11-2020", "28/10 - 2/11/2020",
                                           "từ ngày 28/10/2020 đến ngày 02/11/2020"]),
    ("2020-12-28/2021-01-03", "interval", ["từ ngày 28/12/2020 đến ngày 3/1/2021", "từ 28/12 đến 3/1/2021"]),
    ("2021-02-01/2021-02-05", "interval", ["từ ngày 1/2 đến 5/2", "từ 01-02 đến 05-02"]),
    ("2020-09/2020-11", "interval", ["từ tháng 9 đến tháng 11 năm 2020", "tháng 9 - 11/2020",
                                     "từ tháng 9 đến tháng 11/2020"]),
    ("2021-01/2021-03", "interval", ["từ tháng 1 đến tháng 3", "tháng 1 - tháng 3"]),
]

DOTTED_AND_BARE = [
    ("2020-09-20", "date", ["Ngày 20.9", "ngày 20.09", "Sáng 20.9", "chiều ngày 20.9"]),
    ("2020-11-07", "date", ["sáng 7.11", "Chiều ngày 7.11", "Tối 07.11", "hôm 7.11"]),
    ("2021-04", "month", ["Từ tháng 4", "tháng 4", "đến tháng 04", "vào tháng 4", "cuối tháng 4"]),
    ("2021-10", "month", ["đến tháng 10", "Trong tháng 10", "tháng 10 tới"]),
    ("2024", "year", ["Xuân Giáp Thìn 2024", "xuân Giáp Thìn 2024", "Tết Giáp Thìn 2024",
                      "Giáp Thìn 2024"]),
    ("2023", "year", ["xuân Quý Mão 2023", "Tết Nguyên đán Quý Mão 2023", "Quý Mẹo 2023"]),
    ("2025", "year", ["Xuân Ất Tỵ 2025", "Tết Ất Tị 2025"]),
    ("2021", "year", ["Tết Tân Sửu 2021"]),
]

TIMES = [
    ("2021-03-05T14:00", "datetime", ["lúc 14 giờ ngày 5/3/2021", "14 giờ ngày 5/3/2021",
                                      "vào lúc 14 giờ, ngày 5/3/2021"]),
    ("2021-03-05T14:30", "datetime", ["14g30 ngày 5/3/2021", "14h30 ngày 5/3/2021",
                                      "14 giờ 30 ngày 5/3/2021", "14 giờ 30 phút ngày 5/3/2021",
                                      "5/3/2021 14g30", "05/03/2021 lúc 14:30", "2:30 PM 5/3/2021"]),
    ("2021-03-14T21:15", "datetime", ["14/03/2021 09:15:0PM", "14/03/2021 9:15 PM",
                                      "14/03/2021 21:15:07", "Chủ nhật, 14/03/2021 - 21:15"]),
    ("2021-03-01T15:30", "datetime", ["Thứ Hai, 01/03/2021 - 15:30", "Thứ 2, 1/3/2021, 15:30",
                                      "15:30 01/03/2021", "01/03/2021 15:30 (GMT+7)",
                                      "Thứ hai, 01/03/2021 15:30 GMT+7"]),
]

NAMED = [
    ("2021-03-08", "date", ["Ngày Quốc tế Phụ nữ 8/3", "ngày Quốc tế Phụ nữ 8-3",
                            "Ngày Quốc tế Phụ nữ 08/3"]),
    ("2020-11-20", "date", ["Ngày Nhà giáo Việt Nam 20/11", "ngày Nhà giáo Việt Nam 20-11"]),
    ("2020-10-15", "date", ["Ngày truyền thống công tác dân vận của Đảng 15/10",
                            "ngày truyền thống công tác Dân vận 15-10"]),
    ("2020-11-18", "date", ["Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam 18/11",
                            "Ngày hội Đại đoàn kết toàn dân tộc 18/11"]),
    ("2020-09-02", "date", ["ngày Quốc khánh 2/9", "Ngày Quốc khánh 02/9"]),
    ("2020-07-27", "date", ["Ngày Thương binh – Liệt sĩ 27/7", "ngày Thương binh Liệt sĩ 27-7"]),
    ("2020-12-22", "date", ["Ngày thành lập Quân đội nhân dân Việt Nam 22/12",
                            "ngày Quốc phòng toàn dân 22/12"]),
]

# lunar dates, Vietnamese calendar (UTC+7) through lunar-vn
LUNAR = [
    ("2022-02-05", "date", ["mùng 5 tháng Giêng năm Nhâm Dần", "mồng 5 tháng Giêng Nhâm Dần",
                            "mùng 5 Tết Nhâm Dần"]),
    ("2021-02-14", "date", ["mùng 3 Tết", "Mùng 3 Tết Nguyên đán", "mồng 3 Tết"]),
    ("2021-02-12", "date", ["mùng 1 Tết", "mồng 1 Tết Nguyên đán", "mùng 1 tháng Giêng",
                            "mùng 1 Tết Tân Sửu"]),
    ("2021-02-26", "date", ["rằm tháng Giêng", "Rằm tháng Giêng năm Tân Sửu",
                            "ngày 15 tháng Giêng"]),
    ("2021-02-04", "date", ["ngày 23 tháng Chạp"]),
    ("2020-10-01", "date", ["ngày 15/8 âm lịch", "rằm tháng 8 âm lịch", "ngày 15 tháng 8 (âm lịch)"]),
    ("1985-01-21", "date", ["mùng 1 Tết Ất Sửu"]),  # Vietnam 21/1/1985; China 20/2/1985
    ("2020-01-25", "date", ["mùng 1 Tết Canh Tý"]),
]

NEGATIVE += [
    "hằng tháng 2 lần", "mỗi tháng 1 kỳ", "6 tháng 3 lần", "lần thứ bảy", "tầng 8.5", "8 giờ",
    "tỷ lệ 98.5", "Kỳ họp thứ 7", "12 tháng 10 ngày", "mùng", "Tết", "rằm",
]
