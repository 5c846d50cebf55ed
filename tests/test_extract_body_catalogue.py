"""A catalogue of the body types of the Party, the State, the armed forces, the police and the Front, each as the
signing partner of a body every page names ("<body> ký kết chương trình phối hợp với Công an tỉnh Kon Tum"): read
whole, in its sector, as a party. Pages name every kind of body of the political system; a type the grammar lacks
loses its signings, so the catalogue is checked as a whole, type by type (made-up names of places and units).
Schools, hospitals, firms and the post are partners but no bodies of the facts format."""

from __future__ import annotations

import pytest

from phoihop.extract.article import Article
from phoihop.extract.pipeline import extract_article

_PARTNER = "Công an tỉnh Kon Tum"

BODIES = [
    # the Party
    ("Ban Nội chính Tỉnh ủy Kon Tum", "party"),
    ("Ban Tổ chức Tỉnh ủy Kon Tum", "party"),
    ("Văn phòng Tỉnh ủy Kon Tum", "party"),
    ("Ủy ban Kiểm tra Tỉnh ủy Kon Tum", "party"),
    ("Trường Chính trị tỉnh Kon Tum", "party"),
    ("Trung tâm Chính trị huyện Đăk Hà", "party"),
    ("Ban Dân vận Huyện ủy Đăk Hà", "party"),
    # the State
    ("Bảo hiểm xã hội tỉnh Kon Tum", "state"),
    ("Cục Thuế tỉnh Kon Tum", "state"),
    ("Chi cục Thuế khu vực Kon Tum", "state"),
    ("Kho bạc Nhà nước tỉnh Kon Tum", "state"),
    ("Cục Thống kê tỉnh Kon Tum", "state"),
    ("Ban Tôn giáo tỉnh Kon Tum", "state"),
    ("Ban Dân tộc tỉnh Kon Tum", "state"),
    ("Ban Pháp chế Hội đồng nhân dân tỉnh", "state"),
    ("Sở Nội vụ tỉnh Kon Tum", "state"),
    ("Sở Văn hóa, Thể thao và Du lịch tỉnh Kon Tum", "state"),
    ("Ngân hàng Nhà nước chi nhánh tỉnh Kon Tum", "state"),
    ("Ngân hàng Chính sách xã hội tỉnh Kon Tum", "state"),
    ("Thanh tra Chính phủ", "state"),
    ("Thanh tra tỉnh Kon Tum", "state"),
    ("Kiểm toán Nhà nước", "state"),
    ("Kiểm toán Nhà nước khu vực XII", "state"),
    # a pair of verbs set off by a comma inside a department's name
    ("Cục Quản lý khám, chữa bệnh", "state"),
    ("Cục Phòng, chống tệ nạn xã hội", "state"),
    ("Chi cục Biển và Hải đảo", "state"),
    ("Công an tỉnh Bà Rịa - Vũng Tàu", "police"),
    ("Cục Quản lý thị trường tỉnh Kon Tum", "state"),
    ("Đội Quản lý thị trường số 3", "state"),
    ("Tòa án nhân dân huyện Đăk Hà", "state"),
    ("Chi cục Thi hành án dân sự huyện Đăk Hà", "state"),
    ("Phòng Giáo dục và Đào tạo huyện Đăk Hà", "state"),
    ("Hạt Kiểm lâm huyện Đăk Hà", "state"),
    ("Ban Quản lý rừng phòng hộ Đăk Hà", "state"),
    ("Ban Quản lý Vườn quốc gia Chư Mom Ray", "state"),
    # the armed forces
    ("Ban Chỉ huy Quân sự xã Đăk Mar", "military"),
    ("Đồn Biên phòng Đăk Long", "military"),
    ("Ban Chỉ huy Bộ đội Biên phòng Cửa khẩu cảng Quy Nhơn", "military"),
    ("Trung đoàn 66", "military"),
    ("Lữ đoàn 40", "military"),
    ("Bệnh viện Quân y 13", "military"),
    ("Bộ Tư lệnh Vùng Cảnh sát biển 2", "military"),
    # the police
    ("Trại giam Đắk Trâm", "police"),
    ("Trung đoàn Cảnh sát cơ động Tây Nguyên", "police"),
    ("Trại tạm giam Công an tỉnh Gia Lai", "police"),
    ("Đội Cảnh sát giao thông Công an huyện Đăk Hà", "police"),
    ("Phòng Cảnh sát cơ động Công an tỉnh Gia Lai", "police"),
    ("Cơ quan Cảnh sát điều tra Công an huyện Đăk Hà", "police"),
    # a police department named by the object of the crimes it fights ("tội phạm về ...")
    ("Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Gia Lai", "police"),
    ("Phòng Cảnh sát phòng chống tội phạm về môi trường Công an tỉnh Gia Lai", "police"),
    ("Phòng Cảnh sát điều tra tội phạm về trật tự quản lý kinh tế và chức vụ Công an tỉnh Gia Lai", "police"),
    ("Cục Cảnh sát điều tra tội phạm về ma túy", "police"),
    ("Cục Công tác Đảng và Công tác chính trị", "police"),
    # the Front and the mass organisations
    ("Công đoàn Viên chức tỉnh Kon Tum", "front"),
    ("Công đoàn ngành Y tế tỉnh Kon Tum", "front"),
    ("Hội Chữ thập đỏ tỉnh Kon Tum", "front"),
    # (round s13: the province's business association signs in the Front's blocs, as the VCCI branch of real's db08)
    ("Hiệp hội Doanh nghiệp tỉnh Kon Tum", "front"),
    ("Hội Khuyến học tỉnh Kon Tum", "front"),
    ("Hội Người cao tuổi tỉnh Kon Tum", "front"),
    ("Hội Cựu thanh niên xung phong tỉnh Kon Tum", "front"),
    ("Liên minh Hợp tác xã tỉnh Kon Tum", "front"),
    ("Liên hiệp các tổ chức hữu nghị tỉnh Kon Tum", "front"),
    ("Đoàn xã Đăk Mar", "front"),
    ("Chi hội Nông dân thôn 3", "front"),
    ("Ban Công tác Mặt trận thôn Plei Đôn", "front"),
]

# The bodies of the reorganisation of 2025 (merged provinces, two-tier local government, regional courts and
# procuracies, merged Party boards and departments, the tax, customs and treasury offices by area).
BODIES += [
    ("Công an xã Đăk Mar", "police"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy Kon Tum", "party"),
    ("Đảng ủy các cơ quan Đảng tỉnh", "party"),
    ("Ban Chính sách, chiến lược Tỉnh ủy", "party"),
    ("Sở Nông nghiệp và Môi trường tỉnh Kon Tum", "state"),
    ("Sở Dân tộc và Tôn giáo tỉnh", "state"),
    ("Tòa án nhân dân khu vực 3 - Kon Tum", "state"),
    ("Viện Kiểm sát nhân dân khu vực 1 - Kon Tum", "state"),
    ("Thi hành án dân sự tỉnh Kon Tum", "state"),
    ("Thuế tỉnh Kon Tum", "state"),
    ("Thuế cơ sở 3 tỉnh Kon Tum", "state"),
    ("Hải quan khu vực XIV", "state"),
    ("Kho bạc Nhà nước khu vực XIII", "state"),
    ("Ban Chỉ huy Phòng thủ khu vực 2 - Đăk Hà", "military"),
    ("Hạt Kiểm lâm khu vực Đăk Glei", "state"),
    ("Đội Kiểm lâm cơ động và Phòng cháy chữa cháy rừng số 3", "state"),
    ("Công an đặc khu Phú Quốc", "police"),
    # boards, councils and associations named for their task (round s6)
    ("Ban Liên lạc Cựu chiến binh tỉnh", "front"),
    ("Đoàn Khối các cơ quan tỉnh", "front"),
    ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "state"),
    ("Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh", "party"),
    ("Hội đồng Giáo dục quốc phòng và an ninh tỉnh", "state"),
    ("Ban An toàn giao thông tỉnh", "state"),
    ("Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an huyện Đăk Hà", "police"),
    ("Tòa án quân sự khu vực 1 Quân khu 5", "state"),
    ("Đảng ủy các cơ quan tỉnh Gia Lai", "party"),
    # central departments and units whose names ran on or were not in the grammar (round s6)
    ("Cục Việc làm", "state"),
    ("Đại đội bộ binh C6", "military"),
    ("Ủy ban An toàn giao thông quốc gia", "state"),
    ("Phòng Giáo dục đào tạo huyện Đăk Hà", "state"),
    ("Công đoàn Giáo dục huyện Đăk Hà", "front"),
    ("Sở Tài nguyên - môi trường", "state"),
    # press titles in their owners' sectors, the fire police by their service, city boards (round s6)
    ("Báo Kinh tế & Đô thị", "state"),
    ("Báo Đời sống và Pháp luật", "front"),
    ("Tạp chí Người làm báo", "front"),
    ("Báo Bảo vệ Pháp luật", "state"),
    ("Báo Sài Gòn Giải phóng", "party"),
    ("Cảnh sát phòng cháy và chữa cháy thành phố Pleiku", "police"),
    ("Ban Quản lý An toàn thực phẩm thành phố Pleiku", "state"),
    ("Trung tâm Báo chí thành phố Pleiku", "state"),
    ("Phòng Cảnh sát giao thông đường bộ - đường sắt", "police"),
    ("Cục Quản lý đường bộ II", "state"),
    ("Cục Cảnh sát quản lý hành chính về trật tự xã hội", "police"),
    ("Bảo hiểm xã hội Việt Nam", "state"),
    ("Thanh tra Sở Giao thông vận tải", "state"),
    ("Tổng cục Thuế", "state"),
    ("Trung tâm Hành chính công tỉnh Kon Tum", "state"),
    ("Ban Chấp hành Đảng bộ tỉnh Kon Tum", "party"),
]

# Types a catalogue of the state's structure found missing (round s19): any sub-department by its capitalised name, a
# command's general staff, the police's staff office, front members, the campaign for the poor's committee, the
# State's programme committees, the neighbouring countries' provinces and forces, numbered army units and
# corporations, and the branches of 2025 named by their province or area.
BODIES += [
    ("Chi cục Thú y tỉnh Kon Tum", "state"),
    ("Bộ Tham mưu Quân khu 5", "military"),
    ("Phòng Tham mưu Công an tỉnh Gia Lai", "police"),
    ("Tiểu đoàn Cảnh sát cơ động", "police"),
    ("Hội Hữu nghị Việt - Lào tỉnh Kon Tum", "front"),
    ("Ủy ban Đoàn kết Công giáo tỉnh Kon Tum", "front"),
    ("Hội đồng Đội tỉnh Kon Tum", "front"),
    ("Ban vận động Ngày vì người nghèo tỉnh Kon Tum", "front"),
    ("Văn phòng Điều phối nông thôn mới tỉnh Kon Tum", "state"),
    ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Kon Tum", "state"),
    ("Bộ Chỉ huy Quân sự tỉnh Attapeu", "military"),
    ("Bộ Chỉ huy Quân sự tỉnh Xê Kông", "military"),
    ("Sở An ninh tỉnh Attapeu", "police"),
    ("Ty Công an tỉnh Ratanakiri", "police"),
    ("Tiểu khu Quân sự Ratanakiri", "military"),
    ("Chi khu Quân sự Ta Veng", "military"),
    ("Đại đội Bảo vệ biên giới 305", "military"),
    ("Tổng công ty 15", "military"),
    ("Thống kê tỉnh Kon Tum", "state"),
    ("Bảo hiểm xã hội cơ sở Đăk Hà", "state"),
    ("Phòng Thi hành án dân sự khu vực 2", "state"),
]

# Short forms printed on pages, with the name they stand for.
SHORT_FORMS = [
    ("BHXH tỉnh", "Bảo hiểm xã hội tỉnh"),
    ("Ngân hàng CSXH tỉnh", "Ngân hàng Chính sách xã hội tỉnh"),
    ("Hội Cựu TNXP tỉnh", "Hội Cựu thanh niên xung phong tỉnh"),
    ("Đồn BP Bờ Y", "Đồn Biên phòng Bờ Y"),
    ("Cơ quan CSĐT Công an huyện Sa Thầy", "Cơ quan Cảnh sát điều tra Công an huyện Sa Thầy"),
    ("Đội QLTT số 5", "Đội Quản lý thị trường số 5"),
    ("Công an tỉnh Thừa Thiên- Huế", "Công an tỉnh Thừa Thiên - Huế"),
    ("Công an tỉnh Bà Rịa-Vũng Tàu", "Công an tỉnh Bà Rịa - Vũng Tàu"),
    ("Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở Nông nghiệp-PTNT", "Sở Nông nghiệp - Phát triển nông thôn"),
    ("Sở Lao động, Thương binh và Xã hội", "Sở Lao động, Thương binh và Xã hội"),
    ("Sở Lao động - TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    # initials of Party committees after their units, and other short forms (round s6)
    ("Ban Tuyên giáo TU", "Ban Tuyên giáo Tỉnh ủy"),
    ("Ủy ban Kiểm tra TU", "Ủy ban Kiểm tra Tỉnh ủy"),
    ("Ban Dân vận HU Đăk Hà", "Ban Dân vận Huyện ủy Đăk Hà"),
    ("Ban DVTU", "Ban Dân vận Tỉnh ủy"),
    ("BDV Tỉnh ủy", "Ban Dân vận Tỉnh ủy"),
    ("Ban TG Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"),
    ("ĐUQS tỉnh", "Đảng ủy Quân sự tỉnh"),
    ("BQL Khu kinh tế tỉnh", "Ban Quản lý Khu kinh tế tỉnh"),
    ("Sở LĐTBXH", "Sở Lao động - Thương binh và Xã hội"),
    ("TT HĐND tỉnh", "Thường trực Hội đồng nhân dân tỉnh"),
    ("Hội LHTN VN tỉnh", "Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
    ("Tổng LĐLĐVN", "Tổng Liên đoàn Lao động Việt Nam"),
    ("Hội LHPN VN", "Hội Liên hiệp Phụ nữ Việt Nam"),
    ("Hội LHPNVN", "Hội Liên hiệp Phụ nữ Việt Nam"),
    ("TTXVN", "Thông tấn xã Việt Nam"),
    ("Bộ GD-ĐT", "Bộ Giáo dục và Đào tạo"),
    ("Cục CSGT", "Cục Cảnh sát giao thông"),
    ("Sở GD và ĐT", "Sở Giáo dục và Đào tạo"),
    ("Ban Quản lý ATTP tỉnh", "Ban Quản lý an toàn thực phẩm tỉnh"),
    # the official name whatever joint is printed (an article's own bracketed definition would win)
    ("Sở NN & Phát triển nông thôn tỉnh", "Sở Nông nghiệp và Phát triển nông thôn tỉnh"),
    ("Sở NN - PTNT tỉnh", "Sở Nông nghiệp và Phát triển nông thôn tỉnh"),
    ("Sở KH-ĐT tỉnh", "Sở Kế hoạch và Đầu tư tỉnh"),
    ("BHXH Việt Nam", "Bảo hiểm xã hội Việt Nam"),
    ("Sở TN và MT tỉnh Kon Tum", "Sở Tài nguyên và Môi trường tỉnh Kon Tum"),
    ("KBNN tỉnh Kon Tum", "Kho bạc Nhà nước tỉnh Kon Tum"),
    ("UB Mặt trận Tổ quốc Việt Nam huyện Đăk Hà", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đăk Hà"),
    # a town's and a district's level word by its short form, a youth union's "TN" (round s19)
    ("UBND TX Kon Tum", "Ủy ban nhân dân thị xã Kon Tum"),
    ("Công an H.Đăk Hà", "Công an huyện Đăk Hà"),
    ("Đoàn TN tỉnh", "Đoàn Thanh niên tỉnh"),
]

# Round s19: a catalogue of the state's structure, written from the system's organisation and not from any page (the
# probe that found the classes above; each name here was read whole and signed when it was added).
BODIES += [
    # party
    ("Ban Tổ chức Tỉnh ủy", "party"),
    ("Ban Nội chính Tỉnh ủy", "party"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "party"),
    ("Ủy ban Kiểm tra Tỉnh ủy", "party"),
    ("Văn phòng Tỉnh ủy", "party"),
    ("Đảng ủy Quân sự tỉnh", "party"),
    ("Đảng ủy Công an tỉnh", "party"),
    ("Đảng ủy Biên phòng tỉnh", "party"),
    ("Đảng ủy Ủy ban nhân dân tỉnh", "party"),
    ("Đảng ủy Khối Doanh nghiệp tỉnh", "party"),
    ("Ban Thường vụ Thị ủy Đông Hà", "party"),
    ("Thành ủy Đông Hà", "party"),
    ("Đảng ủy xã Hải Lăng", "party"),
    ("Chi bộ thôn Phú Hội", "party"),
    ("Trường Chính trị tỉnh", "party"),
    ("Ban Dân vận Trung ương", "party"),
    ("Ban Tuyên giáo Trung ương", "party"),
    ("Ban Tổ chức Trung ương", "party"),
    ("Ủy ban Kiểm tra Trung ương", "party"),
    ("Quân ủy Trung ương", "party"),
    ("Đảng ủy Công an Trung ương", "party"),
    ("Đảng ủy phường Đông Lương", "party"),
    ("Đảng ủy Ủy ban Mặt trận Tổ quốc và các đoàn thể tỉnh", "party"),
    ("Đảng ủy Hội đồng nhân dân tỉnh", "party"),
    ("Ban Tuyên giáo và Dân vận Đảng ủy xã Gio Mỹ", "party"),
    ("Ủy ban Kiểm tra Đảng ủy xã Gio Mỹ", "party"),
    ("Văn phòng Đảng ủy xã Gio Mỹ", "party"),
    ("Ban Chỉ đạo 35 Tỉnh ủy", "party"),
    ("Ban Dân vận Huyện ủy Gio Linh", "party"),
    ("Ban Dân vận Thị ủy", "party"),
    ("Ban Dân vận Đảng ủy xã Gio Mỹ", "party"),
    ("Ban Tuyên giáo Huyện ủy Vĩnh Linh", "party"),
    ("Ủy ban Kiểm tra Huyện ủy", "party"),
    ("Văn phòng Huyện ủy", "party"),
    ("Ban Thường vụ Huyện ủy", "party"),
    ("Thường trực Huyện ủy", "party"),
    ("Ban Chấp hành Đảng bộ tỉnh", "party"),
    ("Đảng ủy Bộ đội Biên phòng tỉnh", "party"),
    ("Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "party"),
    ("Chi bộ Quân sự xã Gio Mỹ", "party"),
    ("Trung tâm Chính trị huyện Gio Linh", "party"),
    ("Ban Chỉ đạo công tác thông tin đối ngoại tỉnh", "party"),
    ("Đảng ủy đặc khu Cồn Cỏ", "party"),
    ("Đảng ủy phường Thuận Phước", "party"),
    ("Quận ủy Liên Chiểu", "party"),
    ("Thành ủy Đà Nẵng", "party"),
    ("Ban Dân vận Thành ủy", "party"),
    ("Đảng ủy đặc khu Côn Đảo", "party"),
    # state
    ("Ủy ban nhân dân thị xã Quảng Trị", "state"),
    ("Hội đồng nhân dân huyện Gio Linh", "state"),
    ("Thường trực Hội đồng nhân dân tỉnh", "state"),
    ("Sở Nội vụ", "state"),
    ("Sở Tài chính", "state"),
    ("Sở Xây dựng", "state"),
    ("Sở Công Thương", "state"),
    ("Sở Y tế", "state"),
    ("Sở Giáo dục và Đào tạo", "state"),
    ("Sở Khoa học và Công nghệ", "state"),
    ("Sở Nông nghiệp và Môi trường", "state"),
    ("Sở Dân tộc và Tôn giáo", "state"),
    ("Sở Lao động - Thương binh và Xã hội", "state"),
    ("Sở Kế hoạch và Đầu tư", "state"),
    ("Thanh tra tỉnh", "state"),
    ("Văn phòng Ủy ban nhân dân tỉnh", "state"),
    ("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "state"),
    ("Ban Dân tộc tỉnh", "state"),
    ("Ban Quản lý Khu kinh tế tỉnh", "state"),
    ("Tòa án nhân dân tỉnh", "state"),
    ("Viện Kiểm sát nhân dân tỉnh", "state"),
    ("Tòa án nhân dân khu vực 2", "state"),
    ("Viện Kiểm sát nhân dân khu vực 3", "state"),
    ("Cục Thi hành án dân sự tỉnh", "state"),
    ("Chi cục Thi hành án dân sự huyện Vĩnh Linh", "state"),
    ("Cục Thuế tỉnh", "state"),
    ("Chi cục Thuế khu vực Đông Hà", "state"),
    ("Cục Hải quan tỉnh", "state"),
    ("Kho bạc Nhà nước tỉnh", "state"),
    ("Bảo hiểm xã hội tỉnh", "state"),
    ("Cục Thống kê tỉnh", "state"),
    ("Chi cục Kiểm lâm", "state"),
    ("Hạt Kiểm lâm huyện Hướng Hóa", "state"),
    ("Chi cục Thủy sản", "state"),
    ("Chi cục Quản lý thị trường", "state"),
    ("Ban Quản lý rừng phòng hộ Hướng Hóa - Đakrông", "state"),
    ("Khu Bảo tồn thiên nhiên Bắc Hướng Hóa", "state"),
    ("Đài Phát thanh và Truyền hình tỉnh", "state"),
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "state"),
    ("Ngân hàng Nhà nước chi nhánh tỉnh", "state"),
    ("Văn phòng Điều phối nông thôn mới tỉnh", "state"),
    ("Quốc hội", "state"),
    ("Ủy ban Thường vụ Quốc hội", "state"),
    ("Hội đồng Dân tộc của Quốc hội", "state"),
    ("Ủy ban Pháp luật của Quốc hội", "state"),
    ("Chính phủ", "state"),
    ("Bộ Tư pháp", "state"),
    ("Bộ Nội vụ", "state"),
    ("Bộ Y tế", "state"),
    ("Bộ Nông nghiệp và Môi trường", "state"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "state"),
    ("Bộ Giáo dục và Đào tạo", "state"),
    ("Bộ Lao động - Thương binh và Xã hội", "state"),
    ("Bộ Dân tộc và Tôn giáo", "state"),
    ("Ủy ban Dân tộc", "state"),
    ("Thông tấn xã Việt Nam", "state"),
    ("Đài Truyền hình Việt Nam", "state"),
    ("Đài Tiếng nói Việt Nam", "state"),
    ("Tòa án nhân dân tối cao", "state"),
    ("Viện Kiểm sát nhân dân tối cao", "state"),
    ("Ngân hàng Nhà nước Việt Nam", "state"),
    ("Phòng Nội vụ huyện Gio Linh", "state"),
    ("Phòng Tư pháp huyện Gio Linh", "state"),
    ("Phòng Giáo dục và Đào tạo huyện Gio Linh", "state"),
    ("Phòng Lao động - Thương binh và Xã hội huyện Gio Linh", "state"),
    ("Phòng Tài nguyên và Môi trường huyện Gio Linh", "state"),
    ("Phòng Văn hóa và Thông tin huyện Gio Linh", "state"),
    ("Ủy ban nhân dân phường 1", "state"),
    ("Ủy ban nhân dân thị trấn Khe Sanh", "state"),
    ("Ban Chỉ đạo 138 tỉnh", "state"),
    ("Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh", "state"),
    ("Ban Chỉ huy Phòng thủ dân sự tỉnh", "state"),
    ("Ban Quản lý các khu công nghiệp tỉnh", "state"),
    ("Chi cục Văn thư - Lưu trữ", "state"),
    ("Chi cục Bảo vệ thực vật", "state"),
    ("Chi cục Thú y", "state"),
    ("Hội đồng nhân dân xã Gio Mỹ", "state"),
    ("Phòng Tư pháp thành phố Đông Hà", "state"),
    ("Phòng Dân tộc huyện Hướng Hóa", "state"),
    ("Tòa án nhân dân khu vực 1 - Quảng Trị", "state"),
    ("Thi hành án dân sự tỉnh", "state"),
    ("Ủy ban nhân dân xã Tà Rụt", "state"),
    ("Ủy ban nhân dân xã Ba Tầng", "state"),
    ("Ủy ban nhân dân xã Ia Pa", "state"),
    ("Ủy ban nhân dân xã Đắk Pxi", "state"),
    ("Ủy ban nhân dân xã Ea H'leo", "state"),
    ("Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh", "state"),
    ("Ủy ban nhân dân đặc khu Cồn Cỏ", "state"),
    ("Ủy ban nhân dân quận Hải Châu", "state"),
    ("Ủy ban nhân dân huyện Krông Pắc", "state"),
    ("Ủy ban nhân dân xã Ea Tul", "state"),
    ("Ủy ban nhân dân xã Chư Pưh", "state"),
    ("Ủy ban nhân dân xã Nậm Pồ", "state"),
    ("Ủy ban nhân dân huyện Mù Cang Chải", "state"),
    ("Ủy ban nhân dân xã A Lưới 1", "state"),
    ("Ủy ban nhân dân phường Kim Long", "state"),
    ("Ủy ban nhân dân đặc khu Phú Quốc", "state"),
    ("Tòa án nhân dân khu vực 5 - Đắk Lắk", "state"),
    ("Viện Kiểm sát nhân dân khu vực 7 - Gia Lai", "state"),
    ("Thi hành án dân sự tỉnh Lâm Đồng", "state"),
    ("Phòng Thi hành án dân sự khu vực 3", "state"),
    ("Thuế tỉnh Gia Lai", "state"),
    ("Thuế cơ sở 2 tỉnh Gia Lai", "state"),
    ("Hải quan khu vực XI", "state"),
    ("Bảo hiểm xã hội cơ sở Ea Kar", "state"),
    ("Thống kê tỉnh Đắk Lắk", "state"),
    # military
    ("Bộ Quốc phòng", "military"),
    ("Bộ Tư lệnh Quân khu 4", "military"),
    ("Bộ Tư lệnh Bộ đội Biên phòng", "military"),
    ("Bộ Chỉ huy Quân sự tỉnh", "military"),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "military"),
    ("Ban Chỉ huy Quân sự huyện Hải Lăng", "military"),
    ("Ban Chỉ huy Quân sự xã Triệu Phong", "military"),
    ("Ban Chỉ huy Phòng thủ khu vực 1 - Đông Hà", "military"),
    ("Sư đoàn 968", "military"),
    ("Trung đoàn 9", "military"),
    ("Lữ đoàn 164", "military"),
    ("Đồn Biên phòng Cửa khẩu Lao Bảo", "military"),
    ("Đồn Biên phòng Cửa Tùng", "military"),
    ("Hải đội 2", "military"),
    ("Đoàn Kinh tế - Quốc phòng 337", "military"),
    ("Tổng cục Chính trị Quân đội nhân dân Việt Nam", "military"),
    ("Cục Dân vận", "military"),
    ("Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh", "military"),
    ("Bộ Tham mưu Quân khu 4", "military"),
    ("Hải đoàn Biên phòng 18", "military"),
    ("Bộ Tư lệnh Vùng 3 Hải quân", "military"),
    ("Tiểu đoàn 19", "military"),
    ("Đại đội Trinh sát 20", "military"),
    ("Học viện Biên phòng", "military"),
    ("Trường Quân sự tỉnh", "military"),
    ("Trường Quân sự Quân khu 4", "military"),
    ("Bộ đội Biên phòng tỉnh", "military"),
    ("Ban Chỉ huy Quân sự thị xã Quảng Trị", "military"),
    ("Ban Chỉ huy Quân sự phường Đông Lương", "military"),
    ("Hải đội Biên phòng 2", "military"),
    ("Ban Chỉ huy Biên phòng Cửa khẩu cảng Cửa Việt", "military"),
    ("Trung đoàn 814", "military"),
    ("Bộ đội Biên phòng Quảng Trị", "military"),
    ("Bộ Chỉ huy Quân sự tỉnh Savannakhet", "military"),
    ("Bộ Chỉ huy Quân sự tỉnh Champasak", "military"),
    ("Bộ Chỉ huy Quân sự tỉnh Luang Prabang", "military"),
    ("Bộ Chỉ huy Quân sự tỉnh Ratanakiri", "military"),
    ("Đồn Biên phòng 917", "military"),
    ("Đồn Biên phòng Cửa khẩu Cha Lo", "military"),
    ("Ban Chỉ huy Quân sự huyện đảo Cồn Cỏ", "military"),
    ("Trạm Kiểm soát Biên phòng Cửa Việt", "military"),
    ("Đoàn Kinh tế - Quốc phòng 4", "military"),
    ("Binh đoàn 15", "military"),
    ("Ban Chỉ huy Quân sự quận Ngũ Hành Sơn", "military"),
    ("Bộ Tư lệnh Thành phố Hồ Chí Minh", "military"),
    ("Bộ Tư lệnh Thủ đô Hà Nội", "military"),
    ("Đồn Biên phòng Ia Mơ", "military"),
    ("Đồn Biên phòng Bu Prăng", "military"),
    ("Đồn Biên phòng Sà Phìn", "military"),
    ("Đồn Biên phòng Mường Nhé", "military"),
    ("Đồn Biên phòng Pha Long", "military"),
    ("Đồn Biên phòng Cửa khẩu Cầu Treo", "military"),
    ("Đồn Biên phòng cửa khẩu quốc tế Móng Cái", "military"),
    ("Hải đội Biên phòng 1", "military"),
    ("Hải đoàn Biên phòng 28", "military"),
    ("Ban Chỉ huy Quân sự huyện Mường Tè", "military"),
    ("Ban Chỉ huy Quân sự huyện Ea H'leo", "military"),
    ("Ban Chỉ huy Phòng thủ khu vực 2 - Thạch Hà", "military"),
    # police
    ("Bộ Công an", "police"),
    ("Công an huyện Đakrông", "police"),
    ("Công an xã Hướng Phùng", "police"),
    ("Phòng Cảnh sát giao thông", "police"),
    ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "police"),
    ("Trại giam Nghĩa An", "police"),
    ("Cục Cảnh sát giao thông", "police"),
    ("Cục An ninh chính trị nội bộ", "police"),
    ("Công an phường Đông Lương", "police"),
    ("Công an thị trấn Khe Sanh", "police"),
    ("Đồn Công an Lao Bảo", "police"),
    ("Phòng Tham mưu Công an tỉnh", "police"),
    ("Phòng Cảnh sát hình sự Công an tỉnh", "police"),
    ("Trại tạm giam Công an tỉnh", "police"),
    ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "police"),
    ("Công an thành phố Đông Hà", "police"),
    ("Ty Công an tỉnh Kampot", "police"),
    ("Công an quận 1", "police"),
    ("Công an Phường 5", "police"),
    ("Công an xã Ia Dom", "police"),
    ("Công an đặc khu Lý Sơn", "police"),
    # front
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "front"),
    ("Hội Cựu chiến binh tỉnh", "front"),
    ("Hội Nông dân tỉnh", "front"),
    ("Hội Liên hiệp Phụ nữ tỉnh", "front"),
    ("Tỉnh đoàn", "front"),
    ("Liên đoàn Lao động tỉnh", "front"),
    ("Hội Chữ thập đỏ tỉnh", "front"),
    ("Hội Luật gia tỉnh", "front"),
    ("Hội Nhà báo tỉnh", "front"),
    ("Hội Khuyến học tỉnh", "front"),
    ("Hội Người cao tuổi tỉnh", "front"),
    ("Hội Cựu thanh niên xung phong tỉnh", "front"),
    ("Liên minh Hợp tác xã tỉnh", "front"),
    ("Hội Doanh nhân trẻ tỉnh", "front"),
    ("Hội Liên hiệp Thanh niên Việt Nam tỉnh", "front"),
    ("Hội Sinh viên Việt Nam tỉnh", "front"),
    ("Hội đồng Đội tỉnh", "front"),
    ("Hội Văn học Nghệ thuật tỉnh", "front"),
    ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "front"),
    ("Công đoàn Viên chức tỉnh", "front"),
    ("Hội Nạn nhân chất độc da cam/dioxin tỉnh", "front"),
    ("Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh", "front"),
    ("Đoàn Thanh niên Công an tỉnh", "front"),
    ("Huyện đoàn Gio Linh", "front"),
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "front"),
    ("Trung ương Hội Nông dân Việt Nam", "front"),
    ("Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "front"),
    ("Tổng Liên đoàn Lao động Việt Nam", "front"),
    ("Trung ương Hội Cựu chiến binh Việt Nam", "front"),
    ("Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "front"),
    ("Hội Nông dân xã Gio Mỹ", "front"),
    ("Hội Cựu chiến binh phường Đông Lương", "front"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã Gio Mỹ", "front"),
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "front"),
    ("Hội Làm vườn tỉnh", "front"),
    ("Hội Đông y tỉnh", "front"),
    ("Hội Cựu giáo chức tỉnh", "front"),
    ("Hiệp hội Doanh nghiệp tỉnh", "front"),
    ("Hội Hữu nghị Việt - Lào tỉnh", "front"),
    ("Liên hiệp các tổ chức hữu nghị tỉnh", "front"),
    ("Ban Đại diện Hội Người cao tuổi tỉnh", "front"),
    ("Ủy ban Đoàn kết Công giáo tỉnh", "front"),
    ("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "front"),
    ("Hội Nông dân Việt Nam tỉnh", "front"),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "front"),
    ("Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh", "front"),
    ("Đoàn cơ sở Đồn Biên phòng Cửa Tùng", "front"),
    ("Chi đoàn Đồn Biên phòng Cửa Việt", "front"),
    ("Công đoàn Công an tỉnh", "front"),
    ("Công đoàn ngành Giáo dục tỉnh", "front"),
    ("Hội Phụ nữ Bộ Chỉ huy Quân sự tỉnh", "front"),
    ("Ban Công tác Mặt trận thôn Phú Hội", "front"),
    ("Ban vận động Ngày vì người nghèo tỉnh", "front"),
    ("Hội Cựu chiến binh phường Hòa Khánh Bắc", "front"),
    ("Thành đoàn Hà Nội", "front"),
    ("Hội Liên hiệp Phụ nữ xã Đắk Ngo", "front"),
    ("Ban Thường vụ Tỉnh đoàn", "front"),
]

SHORT_FORMS += [
    ("ban Dân vận Huyện ủy", "Ban Dân vận Huyện ủy"),
    ("Ban Dân vận TW", "Ban Dân vận Trung ương"),
    ("Ban Dân vận T.Ư", "Ban Dân vận Trung ương"),
    ("sở Tư pháp", "Sở Tư pháp"),
    ("Sở Tư Pháp", "Sở Tư pháp"),
    ("Hội nông dân tỉnh", "Hội Nông dân tỉnh"),
    ("Hội Cựu Chiến binh tỉnh", "Hội Cựu chiến binh tỉnh"),
    ("Hội Liên Hiệp Phụ Nữ tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
    ("Đoàn TNCS Hồ Chí Minh tỉnh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"),
    ("Ủy ban MTTQ phường Đông Lương", "Ủy ban Mặt trận Tổ quốc phường Đông Lương"),
    ("Đồn BP Cửa Tùng", "Đồn Biên phòng Cửa Tùng"),
    ("Đồn Biên phòng CKQT Lao Bảo", "Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo"),
    ("Ban CHQS thành phố Đông Hà", "Ban Chỉ huy Quân sự thành phố Đông Hà"),
    ("Công an TP Đông Hà", "Công an thành phố Đông Hà"),
    ("Công an H.Gio Linh", "Công an huyện Gio Linh"),
    ("Viện KSND huyện Cam Lộ", "Viện Kiểm sát nhân dân huyện Cam Lộ"),
    ("TAND huyện Cam Lộ", "Tòa án nhân dân huyện Cam Lộ"),
    ("Viện kiểm sát nhân dân khu vực 2", "Viện Kiểm sát nhân dân khu vực 2"),
    ("Ủy ban nhân dân TP Đông Hà", "Ủy ban nhân dân thành phố Đông Hà"),
    ("UBND TX Quảng Trị", "Ủy ban nhân dân thị xã Quảng Trị"),
    ("UBND xã A Dơi", "Ủy ban nhân dân xã A Dơi"),
    ("UBND xã Hướng Lập", "Ủy ban nhân dân xã Hướng Lập"),
    ("UBND phường Hòa Cường Bắc", "Ủy ban nhân dân phường Hòa Cường Bắc"),
    ("Ủy ban MTTQ Việt Nam thành phố", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"),
    ("Công an TP Hồ Chí Minh", "Công an Thành phố Hồ Chí Minh"),
    ("Hội Nông dân TP Cần Thơ", "Hội Nông dân Thành phố Cần Thơ"),
    ("Thành đoàn TP Hồ Chí Minh", "Thành đoàn Thành phố Hồ Chí Minh"),
    ("UBND xã Đăk Hring", "Ủy ban nhân dân xã Đăk Hring"),
    ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ("UBND huyện Gio Linh", "Ủy ban nhân dân huyện Gio Linh"),
    ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
    ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("UBMTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
    ("MTTQ huyện Cam Lộ", "Mặt trận Tổ quốc huyện Cam Lộ"),
    ("Hội CCB tỉnh", "Hội Cựu chiến binh tỉnh"),
    ("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
    ("Hội ND tỉnh", "Hội Nông dân tỉnh"),
    ("LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"),
    ("BCHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    ("BCH BĐBP tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("Bộ Chỉ huy BĐBP tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("Ban CHQS huyện Hải Lăng", "Ban Chỉ huy Quân sự huyện Hải Lăng"),
    ("BCHQS huyện Vĩnh Linh", "Ban Chỉ huy Quân sự huyện Vĩnh Linh"),
    ("VKSND tỉnh", "Viện Kiểm sát nhân dân tỉnh"),
    ("TAND tỉnh", "Tòa án nhân dân tỉnh"),
    ("Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
    ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Sở TN&MT", "Sở Tài nguyên và Môi trường"),
    ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
    ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
    ("Sở GTVT", "Sở Giao thông vận tải"),
    ("Ban DV Tỉnh ủy", "Ban Dân vận Tỉnh ủy"),
    ("UBKT Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy"),
    ("BTV Tỉnh đoàn", "Ban Thường vụ Tỉnh đoàn"),
    ("Tỉnh Đoàn", "Tỉnh đoàn"),
    ("NHCSXH tỉnh", "Ngân hàng Chính sách xã hội tỉnh"),
]

NOT_BODIES = [
    "Trường Cao đẳng Cộng đồng Kon Tum",
    "Trung tâm Y tế huyện Đăk Hà",
    "Công ty Điện lực Kon Tum",
    "Bưu điện tỉnh Kon Tum",
    "Quỹ Bảo trợ trẻ em tỉnh Kon Tum",
    "Quỹ Vì người nghèo tỉnh Kon Tum",
]


def _facts(body: str):
    text = f"Tin\n\nNgày 12/3, {body} ký kết chương trình phối hợp với {_PARTNER} giai đoạn 2024-2029."
    return extract_article(Article("t", text, published="2024-03-13", province="Kon Tum"))


@pytest.mark.parametrize(("body", "sector"), BODIES)
def test_the_body_is_read_whole_in_its_sector_and_signs(body, sector):
    facts = _facts(body)
    assert (body, sector) in {(a.name, a.sector) for a in facts.agencies}
    assert [sorted(s.parties) for s in facts.signings] == [sorted([body, _PARTNER])]


@pytest.mark.parametrize(("printed", "name"), SHORT_FORMS)
def test_a_short_form_is_the_body_spelled_out(printed, name):
    assert name.casefold() in {a.name.casefold() for a in _facts(printed).agencies}


@pytest.mark.parametrize("partner", NOT_BODIES)
def test_a_school_a_hospital_or_a_firm_is_no_body_and_the_named_party_signs_alone(partner):
    facts = _facts(partner)
    assert [a.name for a in facts.agencies] == [_PARTNER]
    assert [s.parties for s in facts.signings] == [[_PARTNER]]


def test_the_forms_of_a_department_joined_either_way_are_one_body():
    text = (
        "Tin\n\nChiều 12-8, Sở Nông nghiệp và PTNT và Bộ Chỉ huy Bộ đội Biên phòng tỉnh ký kết quy chế phối hợp."
        "\n\nSở Nông nghiệp-PTNT và Bộ Chỉ huy Bộ đội Biên phòng tỉnh định kỳ tổ chức giao ban."
    )
    facts = extract_article(Article("t", text, published="2024-03-13", province="Kon Tum"))
    assert [a.name for a in facts.agencies] == [
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    ]


def test_a_youth_union_set_off_from_its_command_by_a_comma_signs_as_the_union():
    text = (
        "Tin\n\nChiều 18/12, Đoàn cơ sở Hải đoàn 31, Bộ Tư lệnh Vùng Cảnh sát biển 3 tổ chức kết nghĩa với "
        "Đoàn xã Đăk Mar."
    )
    facts = extract_article(Article("t", text, published="2024-12-19", province="Kon Tum"))
    assert [sorted(s.parties) for s in facts.signings] == [["Đoàn cơ sở Hải đoàn 31", "Đoàn xã Đăk Mar"]]


def test_a_head_over_areas_named_after_places_names_each_area():
    text = (
        "Tin\n\nNgày 17/10, Đội Kiểm lâm cơ động số 3 ký kết quy chế phối hợp với Hạt Kiểm lâm khu vực Sa Thầy, "
        "Ngọc Hồi."
    )
    facts = extract_article(Article("t", text, published="2025-10-19", province="Kon Tum"))
    assert sorted(sorted(s.parties) for s in facts.signings) == [
        ["Hạt Kiểm lâm khu vực Ngọc Hồi", "Đội Kiểm lâm cơ động số 3"],
        ["Hạt Kiểm lâm khu vực Sa Thầy", "Đội Kiểm lâm cơ động số 3"],
    ]


def test_a_body_takes_its_place_from_its_fullest_mention_in_a_title():
    text = (
        "Tin\n\nSáng 30/10, Viện Kiểm sát nhân dân huyện Sa Thầy và Ủy ban MTTQ Việt Nam huyện ký kết quy chế phối "
        "hợp. Dự có đồng chí Lê Văn Tám, Chủ tịch Ủy ban MTTQ Việt Nam huyện Sa Thầy."
    )
    facts = extract_article(Article("t", text, published="2024-11-05", province="Kon Tum"))
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Sa Thầy" in {a.name for a in facts.agencies}


def test_a_front_committee_of_a_hamlet_in_general_is_no_body():
    text = (
        "Tin\n\nNgày 12/3, Công an tỉnh Kon Tum ký kết chương trình phối hợp với Hội Nông dân tỉnh. Lớp tập huấn "
        "nêu rõ vai trò của Ban công tác Mặt trận ấp (khu phố) trong cuộc vận động."
    )
    facts = extract_article(Article("t", text, published="2024-03-13", province="Kon Tum"))
    assert not any(a.name.startswith("Ban công tác") for a in facts.agencies)


def test_the_city_that_bears_the_province_name_is_another_body_than_the_province():
    # "thành phố Kon Tum" is a city inside the province of Kon Tum; only a city run by the centre is the province
    text = (
        "Tin\n\nNgày 12/3, Công an thành phố Kon Tum ký kết chương trình phối hợp với Công an tỉnh Kon Tum."
        "\n\nỦy ban nhân dân tỉnh Kon Tum chỉ đạo Ủy ban nhân dân thành phố Kon Tum triển khai."
    )
    facts = extract_article(Article("t", text, published="2024-03-13", province="Kon Tum"))
    assert [sorted(s.parties) for s in facts.signings] == [["Công an thành phố Kon Tum", "Công an tỉnh Kon Tum"]]
    names = {a.name for a in facts.agencies}
    assert {"Ủy ban nhân dân tỉnh Kon Tum", "Ủy ban nhân dân thành phố Kon Tum"} <= names


def test_a_city_run_by_the_centre_is_the_province_itself():
    text = (
        "Tin\n\nNgày 12/3, Công an thành phố Đà Nẵng ký kết chương trình phối hợp với Hội Nông dân thành phố."
        "\n\nCông an thành phố triển khai."
    )
    facts = extract_article(Article("t", text, published="2024-03-13", province="Đà Nẵng"))
    assert len([a for a in facts.agencies if a.name.startswith("Công an")]) == 1


def test_tu_in_an_all_caps_headline_is_a_word_not_the_provincial_committee():
    text = "TU BỔ DI TÍCH LỊCH SỬ\n\nNgày 12/3, Ban Dân vận Tỉnh ủy và Bộ CHQS tỉnh ký kết chương trình phối hợp."
    facts = extract_article(Article("t", text, published="2024-03-13", province="Kon Tum"))
    assert [a.name for a in facts.agencies] == ["Ban Dân vận Tỉnh ủy", "Bộ Chỉ huy Quân sự tỉnh"]


@pytest.mark.parametrize(
    ("printed", "name", "sector"),
    [
        ("Cục Đối ngoại (Bộ Công an)", "Cục Đối ngoại", "police"),
        ("Cục Đối ngoại, Bộ Quốc phòng", "Cục Đối ngoại", "military"),
        ("Cục DQTV", "Cục Dân quân tự vệ", "military"),
    ],
)
def test_a_ministry_s_department_is_in_the_ministry_s_sector(printed, name, sector):
    assert (name, sector) in {(a.name, a.sector) for a in _facts(printed).agencies}


def test_many_bodies_of_a_kind_are_no_body():
    # "nhiều LĐLĐ tỉnh đã phối hợp ...": a quantity of provincial bodies, none of them named
    text = "Tin\n\nNgày 12/3, Công an tỉnh Kon Tum ký kết chương trình phối hợp. Nhiều LĐLĐ tỉnh đã làm tương tự."
    facts = extract_article(Article("t", text, published="2024-03-13", province="Kon Tum"))
    assert [a.name for a in facts.agencies] == ["Công an tỉnh Kon Tum"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a ministry or a department in lower case, by its name or its short form (not the "bộ" of "cán bộ")
        (
            "Trung ương Đoàn TNCS Hồ Chí Minh và bộ Nông nghiệp và Phát triển nông thôn ký kết kế hoạch phối hợp. "
            "Cán bộ Công an tỉnh dự.",
            [
                "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                "Bộ Nông nghiệp và Phát triển nông thôn",
                "Công an tỉnh",
            ],
        ),
        (
            "Báo Kon Tum và sở GD & ĐT Hà Nội ký kết chương trình phối hợp.",
            ["Báo Kon Tum", "Sở Giáo dục và Đào tạo Hà Nội"],
        ),
        # a national paper in lower case is the paper; "nhà báo X", "thông báo Kết luận" name none
        (
            "báo Bảo vệ Pháp luật và Hội Nông dân tỉnh ký kết. Nhà báo Lê Văn An và thông báo Kết luận số 5.",
            ["Báo Bảo vệ Pháp luật", "Hội Nông dân tỉnh"],
        ),
        # a sector trade union in lower case
        ("các công đoàn cơ sở thuộc công đoàn Giáo dục huyện Đăk Hà dự.", ["Công đoàn Giáo dục huyện Đăk Hà"]),
        # a general department in lower case after a list
        (
            "KBNN tỉnh, tổng cục Thuế và tổng cục Hải quan triển khai.",
            ["Kho bạc Nhà nước tỉnh", "Tổng cục Thuế", "Tổng cục Hải quan"],
        ),
        # a head spread over places listed under a tier ("cấp quận/huyện gồm: A, B")
        (
            "3 KBNN cấp quận/huyện gồm: Đăk Hà, Sa Thầy, Ngọc Hồi sẽ mở tài khoản chuyên thu.",
            ["Kho bạc Nhà nước Đăk Hà", "Kho bạc Nhà nước Sa Thầy", "Kho bạc Nhà nước Ngọc Hồi"],
        ),
        # a department's name ends after a short form and after "Việt Nam", before the verbs of a headline
        ("Cục CSGT cập nhật tài xế vi phạm lên mạng.", ["Cục Cảnh sát giao thông"]),
        ("Tổng cục Đường bộ Việt Nam tra cứu thông tin.", ["Tổng cục Đường bộ Việt Nam"]),
        # a second place named with its level after a placed body shares its head (one tier only)
        (
            "UBND thành phố Kon Tum và huyện Đăk Hà ký kết chương trình phối hợp.",
            ["Ủy ban nhân dân thành phố Kon Tum", "Ủy ban nhân dân huyện Đăk Hà"],
        ),
        ("Lễ kết nghĩa giữa Công an huyện Đăk Hà và xã Đăk Mar diễn ra.", ["Công an huyện Đăk Hà"]),
    ],
)
def test_heads_in_lower_case_names_that_end_and_heads_shared_over_a_second_place(sentence, names):
    facts = extract_article(Article("t", "Tin\n\nNgày 12/3, " + sentence, published="2024-03-13", province="Kon Tum"))
    assert [a.name for a in facts.agencies] == names


def test_a_police_department_s_name_ends_at_and_before_another_body():
    text = "Tin\n\nNgày 12/3, Phòng Cảnh sát kinh tế và Công an huyện Đăk Hà ký kết quy chế phối hợp."
    facts = extract_article(Article("t", text, published="2024-03-13", province="Kon Tum"))
    assert [sorted(s.parties) for s in facts.signings] == [["Công an huyện Đăk Hà", "Phòng Cảnh sát kinh tế"]]


def test_the_sentence_after_a_caption_that_lost_its_line_break_opens_no_place():
    # "... Ủy ban MTTQ Việt Nam huyện" ended a caption; "Quy chế phối hợp ..." opens the next sentence
    text = (
        "Tin\n\nLễ ký kết Quy chế phối hợp giữa Viện kiểm sát nhân dân huyện Đăk Hà và Ủy ban MTTQ Việt Nam huyện "
        "Quy chế phối hợp được xây dựng trên cơ sở Hiến pháp."
    )
    facts = extract_article(Article("t", text, published="2024-03-13", province="Kon Tum"))
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam huyện" in {a.name for a in facts.agencies}
