"""Officials on sentences of the home genre: Vietnamese provincial and government news and its
Arabic and Greek translations. Table-driven per language: surface sentence -> the officials it
names (romanized, titles, roles), and sentences that name nobody (places, weekdays, bodies).

The sentences are written for these tests; the error classes come from real pages: places after a
title or a unit word, a place behind a stray word ("فإن" + a province), weekdays and bodies read as
names, titles that keep their body after "في" or open with a level word, a title after a dash,
chains of titles before a name, "attended and chaired", attendance lists ("كان هناك"), one person
in two scripts, and Latin-script names in Greek text right after their title.
"""
from __future__ import annotations

import pytest
from conftest import officials_by_name

from newsextract.extractors.officials.extractor import find_officials
from newsextract.extractors.officials.places import load_gazetteer, place_level

Expected = dict[str, tuple[str, list[str], list[str]]]



# ---------------------------------------------------------------- Vietnamese
VI_CASES: list[
    # an abbreviated title whose dot is glued between letters ("UVT.Ư") does not end the sentence
    ("vi", "Đồng chí Trần Thị Lan, UVT.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh dự và chủ trì hội nghị.",
     {"Tran Thi Lan": ("Tran Thi Lan", ["UVT.Ư Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"],
                       ["chaired", "attended"])}),
    ("vi", "Đồng chí Lê Quang Huy, UVBTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự hội nghị.",
     {"Le Quang Huy": ("Le Quang Huy", ["UVBTV Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"], ["attended"])}),
tuple[str, str, Expected]] = [
    ('vi', 'Đồng chí Nguyễn Văn Tâm, Bí thư Huyện ủy Châu Đức, phát biểu chỉ đạo hội nghị.',
     {'Nguyễn Văn Tâm': ('Nguyen Van Tam', ['Bí thư Huyện ủy Châu Đức'], ['spoke'])}),
    ('vi', 'Bí thư Huyện ủy Châu Đức Nguyễn Văn Tâm phát biểu tại buổi làm việc.',
     {'Nguyễn Văn Tâm': ('Nguyen Van Tam', ['Bí thư Huyện ủy Châu Đức'], ['spoke'])}),
    ('vi', 'Tham dự và chủ trì hội nghị có đồng chí Trần Minh Hải, Phó Bí thư Tỉnh ủy; đồng chí Lê Thị Lan, Chủ tịch UBND tỉnh.',
     {'Trần Minh Hải': ('Tran Minh Hai', ['Phó Bí thư Tỉnh ủy'], ['chaired', 'attended']), 'Lê Thị Lan': ('Le Thi Lan', ['Chủ tịch UBND tỉnh'], ['chaired', 'attended'])}),
    ('vi', 'Ông Phạm Quốc Bảo, Chủ tịch UBND tỉnh Quảng Nam, dự và phát biểu tại buổi lễ.',
     {'Phạm Quốc Bảo': ('Pham Quoc Bao', ['Chủ tịch UBND tỉnh Quảng Nam'], ['attended', 'spoke'])}),
    ('vi', 'Đồng chí Lê Đức Thọ, Bí thư Huyện ủy, phát biểu tại hội nghị.',
     {'Lê Đức Thọ': ('Le Duc Tho', ['Bí thư Huyện ủy'], ['spoke'])}),
    ('vi', 'Đồng chí Bùi Thanh Sơn, Bộ trưởng Bộ Ngoại giao, tham dự buổi lễ.',
     {'Bùi Thanh Sơn': ('Bui Thanh Son', ['Bộ trưởng Bộ Ngoại giao'], ['attended'])}),
    ('vi', 'Đồng chí Hoàng Minh Tuấn, Giám đốc Sở Tài chính, báo cáo tại hội nghị.',
     {'Hoàng Minh Tuấn': ('Hoang Minh Tuan', ['Giám đốc Sở Tài chính'], ['spoke'])}),
    ('vi', 'Đồng chí Đặng Văn Hòa, Chủ tịch HĐND tỉnh, chủ trì kỳ họp.',
     {'Đặng Văn Hòa': ('Dang Van Hoa', ['Chủ tịch HĐND tỉnh'], ['chaired'])}),
    ('vi', 'Chủ trì hội nghị có đồng chí Vũ Đức Minh, Bí thư Tỉnh ủy.',
     {'Vũ Đức Minh': ('Vu Duc Minh', ['Bí thư Tỉnh ủy'], ['chaired'])}),
    ('vi', 'Dự lễ có các đồng chí: Ngô Văn Hùng, Phó Chủ tịch UBND tỉnh; Lý Thị Mai, Giám đốc Sở Y tế.',
     {'Ngô Văn Hùng': ('Ngo Van Hung', ['Phó Chủ tịch UBND tỉnh'], ['attended']), 'Lý Thị Mai': ('Ly Thi Mai', ['Giám đốc Sở Y tế'], ['attended'])}),
    ('vi', 'Đồng chí Đinh Văn Toàn, Chủ tịch UBND xã Tân Phú, cho biết xã đã hoàn thành kế hoạch.',
     {'Đinh Văn Toàn': ('Dinh Van Toan', ['Chủ tịch UBND xã Tân Phú'], ['spoke'])}),
    ('vi', 'Đồng chí Dương Thanh Bình, Phó Bí thư Tỉnh ủy, dâng hoa tại tượng đài.',
     {'Dương Thanh Bình': ('Duong Thanh Binh', ['Phó Bí thư Tỉnh ủy'], ['attended'])}),
    ('vi', 'Phát biểu tại buổi làm việc, đồng chí Mai Văn Chính, Phó Chủ tịch UBND tỉnh, đề nghị các sở ngành tập trung triển khai.',
     {'Mai Văn Chính': ('Mai Van Chinh', ['Phó Chủ tịch UBND tỉnh'], ['spoke'])}),
    ('vi', 'Đồng chí Hồ Văn Lâm, Chủ tịch HĐND tỉnh Gia Lai, tham dự buổi lễ.',
     {'Hồ Văn Lâm': ('Ho Van Lam', ['Chủ tịch HĐND tỉnh Gia Lai'], ['attended'])}),
    ('vi', 'Ông Trịnh Văn Quyết, Giám đốc Công an tỉnh Ninh Bình, cho biết lực lượng đã triển khai.',
     {'Trịnh Văn Quyết': ('Trinh Van Quyet', ['Giám đốc Công an tỉnh Ninh Bình'], ['spoke'])}),
    ('vi', 'Tại buổi tiếp, bà Võ Thị Hồng, Phó Chủ tịch UBND tỉnh Đồng Nai, khẳng định tỉnh luôn tạo điều kiện.',
     {'Võ Thị Hồng': ('Vo Thi Hong', ['Phó Chủ tịch UBND tỉnh Đồng Nai'], ['spoke'])}),
    ('vi', 'Đồng chí Phan Văn Mãi dự và chỉ đạo hội nghị.',
     {'Phan Văn Mãi': ('Phan Van Mai', [], ['attended', 'spoke'])}),
    ('vi', 'Thượng tướng Lương Tam Quang, Bộ trưởng Bộ Công an, tham dự và phát biểu.',
     {'Lương Tam Quang': ('Luong Tam Quang', ['Thượng tướng', 'Bộ trưởng Bộ Công an'], ['attended', 'spoke'])}),
    ('vi', 'Đồng chí Nguyễn Thị Thanh, Trưởng ban Tuyên giáo Tỉnh ủy Quảng Trị, đã đến dự.',
     {'Nguyễn Thị Thanh': ('Nguyen Thi Thanh', ['Trưởng ban Tuyên giáo Tỉnh ủy Quảng Trị'], ['attended'])}),
    ('vi', 'Đồng chí Lâm Văn Bé, Bí thư Đảng ủy xã Vĩnh Thạnh, phát biểu.',
     {'Lâm Văn Bé': ('Lam Van Be', ['Bí thư Đảng ủy xã Vĩnh Thạnh'], ['spoke'])}),
    ('vi', 'Đồng chí Tô Văn Hải chủ trì và phát biểu kết luận hội nghị.',
     {'Tô Văn Hải': ('To Van Hai', [], ['chaired', 'spoke'])}),
    ('vi', 'Ông Huỳnh Văn Sơn, Chủ tịch UBND huyện Thanh Sơn, trao quà cho các hộ nghèo.',
     {'Huỳnh Văn Sơn': ('Huynh Van Son', ['Chủ tịch UBND huyện Thanh Sơn'], ['attended'])}),
    ('vi', 'Đồng chí Trần Công Hòa, Giám đốc Sở Kế hoạch và Đầu tư, báo cáo tại hội nghị.',
     {'Trần Công Hòa': ('Tran Cong Hoa', ['Giám đốc Sở Kế hoạch và Đầu tư'], ['spoke'])}),
    ('vi', 'Giám đốc Sở Nông nghiệp và Môi trường Lò Văn Khánh cho biết tỉnh đã hoàn thành kế hoạch gieo cấy.',
     {'Lò Văn Khánh': ('Lo Van Khanh', ['Giám đốc Sở Nông nghiệp và Môi trường'], ['spoke'])}),
    ('vi', 'Đồng chí Đỗ Văn Hải, Giám đốc Sở Tài chính và Phó Chủ tịch UBND tỉnh Lê Văn Lộc tham dự.',
     {'Đỗ Văn Hải': ('Do Van Hai', ['Giám đốc Sở Tài chính'], ['attended']),
      'Lê Văn Lộc': ('Le Van Loc', ['Phó Chủ tịch UBND tỉnh'], ['attended'])}),
    ('vi', 'Đồng chí Hoàng Văn Nam thăm Buôn Ma Thuột vào Chủ nhật.',
     {'Hoàng Văn Nam': ('Hoang Van Nam', [], ['mentioned'])}),
    ('vi', 'Ông Trần Minh Đức, Bí thư Bắc Từ Liêm, phát biểu.',
     {'Trần Minh Đức': ('Tran Minh Duc', ['Bí thư Bắc Từ Liêm'], ['spoke'])}),
    ('vi', 'Quyết định do Phó Chủ tịch UBND tỉnh Trần Văn Khải ký ban hành.',   # who signed is mentioned
     {'Trần Văn Khải': ('Tran Van Khai', ['Phó Chủ tịch UBND tỉnh'], ['mentioned'])}),
    ('vi', 'Dự buổi lễ có đồng chí Trần Văn Khải, Phó Chủ tịch UBND tỉnh. Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh nhấn mạnh vai trò của doanh nghiệp.',
     {'Trần Văn Khải': ('Tran Van Khai', ['Phó Chủ tịch UBND tỉnh'], ['attended', 'spoke'])}),
]

VI_NOBODY: list[tuple[str, str]] = [
    ('vi', 'Đoàn Ngoại giao đã đến thăm tỉnh Ninh Bình.'),
    ('vi', 'Tỉnh ủy Ninh Bình tổ chức hội nghị vào Chủ nhật.'),
    ('vi', 'UBND tỉnh Quảng Nam và UBND huyện Đức Thọ ký kết thỏa thuận hợp tác.'),
    ('vi', 'Thành phố Hồ Chí Minh có thêm 5 dự án mới.'),
    ('vi', 'Xã Lương Cường và xã Thọ Lâm được sáp nhập thành xã mới.'),
    ('vi', 'Đoàn Thanh niên huyện Châu Đức ra quân tình nguyện.'),
]

# ---------------------------------------------------------------- Arabic
AR_CASES: list[tuple[str, str, Expected]] = [
    ('ar', 'حضر المؤتمر الرفيق نجوين فان سون، رئيس مجلس الشعب في المقاطعة.',
     {'نجوين فان سون': ('Nguyen Van Son', ['رئيس مجلس الشعب في المقاطعة'], ['attended'])}),
    ('ar', 'من جانب المدينة، كان هناك عضو اللجنة المركزية للحزب، وأمين لجنة الحزب بالمدينة هوانغ فان نام؛ ونائبة رئيس اللجنة الشعبية بالمدينة دانغ ثي ماي.',
     {'هوانغ فان نام': ('Hoang Van Nam', ['عضو اللجنة المركزية للحزب', 'أمين لجنة الحزب بالمدينة'], ['attended']),
      'دانغ ثي ماي': ('Dang Thi Mai', ['نائبة رئيس اللجنة الشعبية بالمدينة'], ['attended'])}),
    ('ar', 'ترأس الرفيق تران فان نام، أمين لجنة الحزب الإقليمية، الاجتماع.',
     {'تران فان نام': ('Tran Van Nam', ['أمين لجنة الحزب الإقليمية'], ['chaired'])}),
    ('ar', 'وحضر الحفل الرفيق نجوين خوا ديم، العضو السابق في المكتب السياسي.',
     {'نجوين خوا ديم': ('Nguyen Khoa Dim', ['العضو السابق في المكتب السياسي'], ['attended'])}),
    ('ar', 'وحضرت الرفيقة نجوين ثي ها، أمينة سر لجنة الحزب في المقاطعة، الحفل.',
     {'نجوين ثي ها': ('Nguyen Thi Ha', ['أمينة سر لجنة الحزب في المقاطعة'], ['attended'])}),
    ('ar', 'حضر الرفيق نغوين نام دينه، نائب رئيس اللجنة الشعبية الإقليمية، المؤتمر.',
     {'نغوين نام دينه': ('Nguyen Nam Dinh', ['نائب رئيس اللجنة الشعبية الإقليمية'], ['attended'])}),
    ('ar', 'في ديان بيان، قال الرفيق فام فان هاي، رئيس اللجنة الشعبية للمقاطعة، إن العمل مستمر.',
     {'فام فان هاي': ('Pham Van Hai', ['رئيس اللجنة الشعبية للمقاطعة'], ['spoke'])}),
    ('ar', 'ووضع الرفيق فو فان مينه، أمين لجنة الحزب الإقليمية، إكليلا من الزهور عند النصب التذكاري.',
     {'فو فان مينه': ('Vu Van Minh', ['أمين لجنة الحزب الإقليمية'], ['attended'])}),
    ('ar', 'تحدث الرفيق دو فان تشين، عضو المكتب السياسي، في المؤتمر.',
     {'دو فان تشين': ('Do Van Chien', ['عضو المكتب السياسي'], ['spoke'])}),
    ('ar', 'وشارك في المؤتمر الرفيق بوي ثانه سون، وزير الخارجية.',
     {'بوي ثانه سون': ('Bui Thanh Son', ['وزير الخارجية'], ['attended'])}),
    ('ar', 'وألقى عضو المكتب السياسي ووزير الخارجية بوي ثانه سون خطابا أدار فيه الندوة.',
     {'بوي ثانه سون': ('Bui Thanh Son', ['عضو المكتب السياسي', 'وزير الخارجية'], ['spoke'])}),
    ('ar', 'وقال الرفيق هوانغ فان ثانغ، نائب أمين لجنة الحزب في المقاطعة، إن المقاطعة حققت نتائج جيدة.',
     {'هوانغ فان ثانغ': ('Hoang Van Thang', ['نائب أمين لجنة الحزب في المقاطعة'], ['spoke'])}),
    ('ar', 'حضر الاجتماع الرفيق نجوين فان دونغ، سكرتير لجنة الحزب في المنطقة.',
     {'نجوين فان دونغ': ('Nguyen Van Dung', ['سكرتير لجنة الحزب في المنطقة'], ['attended'])}),
    ('ar', 'وأكد الرفيق تران هونغ ها، نائب رئيس الوزراء، أن الحكومة تدعم المقاطعة.',
     {'تران هونغ ها': ('Tran Hong Ha', ['نائب رئيس الوزراء'], ['spoke'])}),
    ('ar', 'شارك الرفيق نغوين هو ثانه، سكرتير لجنة الحزب في منطقة داي لوك، في الحفل.',
     {'نغوين هو ثانه': ('Nguyen Huu Thanh', ['سكرتير لجنة الحزب في منطقة داي لوك'], ['attended'])}),
    ('ar', 'وحضر الحفل أيضا الرفاق: لي هواي ترونج، أمين اللجنة المركزية للحزب؛ نجوين آنه توان، عضو اللجنة المركزية للحزب.',
     {'لي هواي ترونج': ('Le Hoai Trung', ['أمين اللجنة المركزية للحزب'], ['attended']), 'نجوين آنه توان': ('Nguyen Anh Tuan', ['عضو اللجنة المركزية للحزب'], ['attended'])}),
    ('ar', 'ترأست الرفيقة ها ثي نغا، رئيسة لجنة جبهة الوطن الأم الفيتنامية في المقاطعة، الاجتماع.',
     {'ها ثي نغا': ('Ha Thi Nga', ['رئيسة لجنة جبهة الوطن الأم الفيتنامية في المقاطعة'], ['chaired'])}),
    ('ar', 'وبحضور الرفيق فام مينه تشينه، رئيس الوزراء، افتتح المعرض.',
     {'فام مينه تشينه': ('Pham Minh Chinh', ['رئيس الوزراء'], ['attended'])}),
    ('ar', 'وأشار الرفيق فو تان دوك، رئيس اللجنة الشعبية الإقليمية، إلى أهمية المشروع.',
     {'فو تان دوك': ('Vu Thanh Duc', ['رئيس اللجنة الشعبية الإقليمية'], ['spoke'])}),
    ('ar', 'وأعرب الرفيق كام فان دوان، قائد حرس الحدود في المقاطعة، عن شكره للأسر.',
     {'كام فان دوان': ('Cam Van Doan', ['قائد حرس الحدود في المقاطعة'], ['spoke'])}),
    ('ar', 'وألقى عضو اللجنة المركزية للحزب ووزير الصحة داو هونغ لان كلمة في الاجتماع.',
     {'داو هونغ لان': ('Dao Hong Lan', ['عضو اللجنة المركزية للحزب', 'وزير الصحة'], ['spoke'])}),
    ('ar', 'ألقى الرفيق نجوين ثانه سينه، نائب رئيس اللجنة الشعبية الإقليمية، كلمة في الحفل.',
     {'نجوين ثانه سينه': ('Nguyen Thanh Sinh', ['نائب رئيس اللجنة الشعبية الإقليمية'], ['spoke'])}),
    ('ar', 'وفي الاجتماع برئاسة عضو المكتب السياسي ورئيس الوزراء فام مينه تشينه، قدم نائب أمين لجنة الحزب الإقليمية ورئيس اللجنة الشعبية الإقليمية في كوانغ نام لي فان دونغ تقريرا عن الوضع.',
     {'فام مينه تشينه': ('Pham Minh Chinh', ['عضو المكتب السياسي', 'رئيس الوزراء'], ['chaired']),
      'لي فان دونغ': ('Le Van Dung', ['نائب أمين لجنة الحزب الإقليمية', 'رئيس اللجنة الشعبية الإقليمية في كوانغ نام'], ['spoke'])}),
    ('ar', 'وحضر الاجتماع نجوين فان كوونغ، نائب رئيس اللجنة الشعبية للمقاطعة، وقادة الإدارات والفروع.',
     {'نجوين فان كوونغ': ('Nguyen Van Cuong', ['نائب رئيس اللجنة الشعبية للمقاطعة'], ['attended'])}),
    ('ar', 'وزار الرفيق نجوين فان سون بينه دونغ يوم الأحد.',
     {'نجوين فان سون': ('Nguyen Van Son', [], ['mentioned'])}),
    ('ar', 'حضر الرفيق فام ثي ثانه ثوي، مديرة إدارة الزراعة، المؤتمر.',
     {'فام ثي ثانه ثوي': ('Pham Thi Thanh Thuy', ['مديرة إدارة الزراعة'], ['attended'])}),
    ('ar', 'منح الرفيق نجوين فان سون، رئيس مجلس الشعب الإقليمي، شارة الحزب لعضو الحزب تران فان نام.',
     {'نجوين فان سون': ('Nguyen Van Son', ['رئيس مجلس الشعب الإقليمي'], ['mentioned']),
      'تران فان نام': ('Tran Van Nam', ['عضو الحزب'], ['mentioned'])}),
    ('ar', 'وكان الرفيق تران فان نام عضو المكتب السياسي.',
     {'تران فان نام': ('Tran Van Nam', ['عضو المكتب السياسي'], ['mentioned'])}),
    ('ar', 'ووقع نائب رئيس الوزراء تران هونغ ها القرار رقم 12/QD-TTg.',
     {'تران هونغ ها': ('Tran Hong Ha', ['نائب رئيس الوزراء'], ['mentioned'])}),
    ('ar', 'حضر الحفل الرفيق تران فان نام، أمين لجنة الحزب الإقليمية. وأكد أمين لجنة الحزب الإقليمية أهمية المشروع.',
     {'تران فان نام': ('Tran Van Nam', ['أمين لجنة الحزب الإقليمية'], ['attended', 'spoke'])}),
]

AR_NOBODY: list[tuple[str, str]] = [
    ('ar', 'وأكد أن مقاطعة دونغ ناي فإن دونج ناي ستصبح مركزا صناعيا.'),
    ('ar', 'وقال في يوم الأحد إن مدينة هاي فونغ تواصل التنمية.'),
    ('ar', 'وقال الفريق الاقتصادي الحكومي إن النمو مستمر.'),
    ('ar', 'زار الوفد مقاطعة كوانغ نام ومنطقة ديان بيان.'),
    ('ar', 'وأعلنت مدينة هو تشي منه عن خطة جديدة.'),
]

# ---------------------------------------------------------------- Greek
EL_CASES: list[tuple[str, str, Expected]] = [
    ('el', 'Ο Γενικός Γραμματέας To Lam παρευρέθηκε στην τελετή και διηύθυνε τις εργασίες.',
     {'To Lam': ('To Lam', ['Γενικός Γραμματέας'], ['attended', 'spoke'])}),
    ('el', 'Οι ηγέτες συνεχάρησαν τον κ. Λε Τιεν Φουνγκ (δεξιά). Ο κ. Le Tien Phung γεννήθηκε το 1975.',
     {'Λε Τιεν Φουνγκ': ('Le Tien Phung', [], ['mentioned'])}),
    ('el', 'Ο σύντροφος Λε Βαν Χουνγκ - Επαρχιακός Γραμματέας του Κόμματος, προσέφερε λουλούδια στο μνημείο.',
     {'Λε Βαν Χουνγκ': ('Le Van Hung', ['Επαρχιακός Γραμματέας του Κόμματος'], ['attended'])}),
    ('el', 'Ο Πρόεδρος Luong Cuong μίλησε στη συνάντηση.',
     {'Luong Cuong': ('Luong Cuong', ['Πρόεδρος'], ['spoke'])}),
    ('el', 'Ο Πρωθυπουργός Pham Minh Chinh προήδρευσε της συνεδρίασης.',
     {'Pham Minh Chinh': ('Pham Minh Chinh', ['Πρωθυπουργός'], ['chaired'])}),
    ('el', 'Ο σύντροφος Τραν Βαν Λαμ, Πρόεδρος της Επαρχιακής Λαϊκής Επιτροπής, παρευρέθηκε στην τελετή.',
     {'Τραν Βαν Λαμ': ('Tran Van Lam', ['Πρόεδρος της Επαρχιακής Λαϊκής Επιτροπής'], ['attended'])}),
    ('el', 'Ο κ. Λε Τρουνγκ Κιεν, Αντιπρόεδρος της Λαϊκής Επιτροπής της πόλης, δήλωσε ότι η πόλη αναπτύσσεται.',
     {'Λε Τρουνγκ Κιεν': ('Le Trung Kien', ['Αντιπρόεδρος της Λαϊκής Επιτροπής της πόλης'], ['spoke'])}),
    ('el', 'Ο σύντροφος Νγκουγιέν Χόα Μπιν, Αναπληρωτής Πρωθυπουργός, τόνισε τη σημασία του έργου.',
     {'Νγκουγιέν Χόα Μπιν': ('Nguyen Hoa Binh', ['Αναπληρωτής Πρωθυπουργός'], ['spoke'])}),
    ('el', 'Στην τελετή παρευρέθηκε ο σύντροφος Βου Ντάι Θανγκ, Γραμματέας της Κομματικής Επιτροπής του Ανόι.',
     {'Βου Ντάι Θανγκ': ('Vu Dai Thang', ['Γραμματέας της Κομματικής Επιτροπής του Ανόι'], ['attended'])}),
    ('el', 'Ο Γενικός Γραμματέας Το Λαμ δήλωσε ότι το Κόμμα στηρίζει την καινοτομία.',
     {'Το Λαμ': ('To Lam', ['Γενικός Γραμματέας'], ['spoke'])}),
    ('el', 'Ο Πρόεδρος της Εθνοσυνέλευσης Tran Thanh Man μίλησε στη σύνοδο.',
     {'Tran Thanh Man': ('Tran Thanh Man', ['Πρόεδρος της Εθνοσυνέλευσης'], ['spoke'])}),
    ('el', 'Ο σύντροφος Φαμ Βαν Χιεου, Αντιπρόεδρος της Εθνοσυνέλευσης, συμμετείχε στη συνάντηση.',
     {'Φαμ Βαν Χιεου': ('Pham Van Hieu', ['Αντιπρόεδρος της Εθνοσυνέλευσης'], ['attended'])}),
    ('el', 'Ο σύντροφος Phan Dinh Trac, Επικεφαλής της Κεντρικής Επιτροπής Εσωτερικών Υποθέσεων, παρευρέθηκε.',
     {'Phan Dinh Trac': ('Phan Dinh Trac', ['Επικεφαλής της Κεντρικής Επιτροπής Εσωτερικών Υποθέσεων'], ['attended'])}),
    ('el', 'Ο Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος, Νγκουγιέν Βαν Τανγκ, μίλησε στο συνέδριο.',
     {'Νγκουγιέν Βαν Τανγκ': ('Nguyen Van Thang', ['Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος'], ['spoke'])}),
    ('el', 'Η σύντροφος Χα Τι Νγκα, Πρόεδρος της Ένωσης Γυναικών, επέδωσε δώρα στις οικογένειες.',
     {'Χα Τι Νγκα': ('Ha Thi Nga', ['Πρόεδρος της Ένωσης Γυναικών'], ['attended'])}),
    ('el', 'Ο Υπουργός Εξωτερικών Bui Thanh Son παρευρέθηκε στη δεξίωση.',
     {'Bui Thanh Son': ('Bui Thanh Son', ['Υπουργός Εξωτερικών'], ['attended'])}),
    ('el', 'Ο σύντροφος Ντο Βαν Τσιεν, μέλος του Πολιτικού Γραφείου, εξέφρασε την ευγνωμοσύνη του.',
     {'Ντο Βαν Τσιεν': ('Do Van Chien', ['μέλος του Πολιτικού Γραφείου'], ['spoke'])}),
    ('el', 'Ο κ. Vo Van Thuong παρευρέθηκε στην εκδήλωση. Ο κ. Βο Βαν Τουόνγκ είπε ότι η επαρχία αναπτύσσεται.',
     {'Vo Van Thuong': ('Vo Van Thuong', [], ['attended', 'spoke'])}),
    ('el', 'Ο Αναπληρωτής Πρωθυπουργός Tran Hong Ha κατέθεσε στεφάνι στο μνημείο.',
     {'Tran Hong Ha': ('Tran Hong Ha', ['Αναπληρωτής Πρωθυπουργός'], ['attended'])}),
    ('el', 'Ο σύντροφος Λουόνγκ Κουόνγκ, Πρόεδρος της χώρας, εξέφρασε τις ευχαριστίες του.',
     {'Λουόνγκ Κουόνγκ': ('Luong Cuong', ['Πρόεδρος της χώρας'], ['spoke'])}),
    ('el', 'Ο Πρωθυπουργός Φαμ Μινχ Τσινχ συγχαίρει τους εργαζόμενους.',
     {'Φαμ Μινχ Τσινχ': ('Pham Minh Chinh', ['Πρωθυπουργός'], ['mentioned'])}),
    ('el', 'Ο κ. Do Van Hiep ήταν Διευθυντής του Τμήματος Εσωτερικών Υποθέσεων.',
     {'Do Van Hiep': ('Do Van Hiep', ['Διευθυντής του Τμήματος Εσωτερικών Υποθέσεων'], ['mentioned'])}),
    ('el', 'Ο Αναπληρωτής Πρωθυπουργός Tran Hong Ha υπέγραψε την Απόφαση αριθ. 12/QD-TTg.',
     {'Tran Hong Ha': ('Tran Hong Ha', ['Αναπληρωτής Πρωθυπουργός'], ['mentioned'])}),
    ('el', 'Στην τελετή παρευρέθηκε ο σύντροφος Βου Ντάι Θανγκ, Γραμματέας της Κομματικής Επιτροπής του Ανόι. Ο Γραμματέας της Κομματικής Επιτροπής του Ανόι τόνισε τη σημασία του έργου.',
     {'Βου Ντάι Θανγκ': ('Vu Dai Thang', ['Γραμματέας της Κομματικής Επιτροπής του Ανόι'], ['attended', 'spoke'])}),
]

EL_NOBODY: list[tuple[str, str]] = [
    ('el', 'Ο Γραμματέας Καν Το μίλησε για την οικονομία.'),   # Cần Thơ after a role, not a person
    ('el', 'Ο υπουργός δήλωσε την Κυριακή ότι η επαρχία Ντονγκ Ναϊ αναπτύσσεται.'),
    ('el', 'Η πόλη Χάι Φονγκ και η επαρχία Κουάνγκ Νιν υπέγραψαν συμφωνία.'),
    ('el', 'Η επαρχία Ντιεν Μπιεν υποδέχθηκε τουρίστες το Σάββατο.'),
    ('el', 'Η αντιπροσωπεία επισκέφθηκε την πόλη Χο Τσι Μινχ την Τετάρτη.'),
    ('el', 'Στην Αίθουσα Dien Hong πραγματοποιήθηκε η σύνοδος.'),
]


# Titles of several people ("phó các ban": the deputies of several bodies) belong to no one named.
@pytest.mark.parametrize("lang, text, expected", [
    ("vi", "Sáng 9-4, đồng chí Phạm Văn Hòa, Phó Bí thư Tỉnh ủy làm việc với trưởng, phó các ban xây dựng Đảng.",
     {"Phạm Văn Hòa": (["Phó Bí thư Tỉnh ủy"],)}),
    ("vi", "Đồng chí Đỗ Minh Tuấn, Chủ tịch UBND tỉnh làm việc với giám đốc, phó giám đốc các sở, ngành.",
     {"Đỗ Minh Tuấn": (["Chủ tịch UBND tỉnh"],)}),
])
def test_plural_titles_of_others(lang: str, text: str, expected: dict) -> None:
    assert officials_by_name(text, lang, columns=("titles",)) == expected


@pytest.mark.parametrize("lang, text, expected", VI_CASES + AR_CASES + EL_CASES)
def test_officials_of_the_genre(lang: str, text: str, expected: Expected) -> None:
    assert officials_by_name(text, lang, columns=("romanized", "titles", "roles")) == expected


@pytest.mark.parametrize("lang, text", VI_NOBODY + AR_NOBODY + EL_NOBODY)
def test_places_days_and_bodies_are_nobody(lang: str, text: str) -> None:
    assert officials_by_name(text, lang, columns=("romanized", "titles", "roles")) == {}


# ---------------------------------------------------------------- gazetteer
@pytest.mark.parametrize("lang, words, level", [
    ("vi", ("Châu", "Đức"), "district"),
    ("vi", ("Đồng", "Nai"), "province"),
    ("vi", ("Ninh", "Bình"), "province"),
    ("vi", ("Hồ", "Chí", "Minh"), "province"),
    ("vi", ("Thừa", "Thiên", "Huế"), "province"),
    ("vi", ("Thọ", "Lâm"), "commune"),
    ("vi", ("Nguyễn", "Văn", "Tâm"), None),
    ("vi", ("To", "Lam"), None),                 # not "Thọ Lâm": Latin spellings are compared exactly
    ("ar", ("دونغ", "ناي"), "province"),
    ("ar", ("دونج", "ناي"), "province"),
    ("ar", ("ديان", "بيان"), "province"),
    ("ar", ("كوانغ", "نام"), "province"),
    ("ar", ("هانوي",), "province"),               # a rendering the syllable table does not spell
    ("ar", ("نجوين", "فان", "سون"), None),
    ("el", ("Ντονγκ", "Ναϊ"), "province"),
    ("el", ("Χάι", "Φονγκ"), "province"),
    ("el", ("Κουάνγκ", "Νιν"), "province"),
    ("el", ("Ανόι",), "province"),
    ("el", ("Hai", "Phong"), "province"),
    ("el", ("Νγκουγιέν", "Βαν", "Τανγκ"), None),
])
def test_place_level(lang: str, words: tuple[str, ...], level: str | None) -> None:
    assert place_level(words, lang) == level


def test_gazetteer_holds_the_units_before_and_after_the_2025_mergers() -> None:
    from newsextract.resources import load_tsv

    rows = load_tsv("extractors/officials", "vi", "places.tsv")
    provinces = [r for r in rows if r["level"] == "province"]
    assert sum(r["era"] in ("new", "both") for r in provinces) == 34
    assert sum(r["era"] in ("old", "both") for r in provinces) >= 63
    assert sum(r["level"] == "district" for r in rows) > 600
    assert sum(r["level"] == "commune" for r in rows) > 5000
    assert {r["era"] for r in rows} <= {"old", "new", "both"}
    assert load_gazetteer("ar").by_key and load_gazetteer("el").by_key


@pytest.mark.parametrize("lang, cases", [("vi", VI_CASES), ("ar", AR_CASES), ("el", EL_CASES)])
def test_sentences_cut_at_any_word_are_read(lang: str, cases: list) -> None:
    """An excerpt may stop anywhere (after "و", inside a title): every prefix is read without error."""
    for _, text, _ in cases:
        cuts = [m for m in range(1, len(text)) if text[m] == " "]
        for cut in cuts:
            for record in find_officials(text[:cut], lang):
                assert text[record["char_start"]:record["char_end"]] == record["name"]
