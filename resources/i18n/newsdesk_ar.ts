<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AuthorsField</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="130"/>
        <source>Add an author…</source>
        <translation>أضف كاتباً…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="133"/>
        <source>Remove the selected author</source>
        <translation>احذف الكاتب المحدد</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="51"/>
        <source>Change status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="59"/>
        <source>Add tags…</source>
        <translation>إضافة وسوم…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="61"/>
        <source>Remove a tag…</source>
        <translation>إزالة وسم…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="63"/>
        <source>Move to section…</source>
        <translation>نقل إلى قسم…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="85"/>
        <source>%n stories moved to “%1”</source>
        <translation>
            <numerusform>لم يُنقل أي خبر إلى «%1»</numerusform>
            <numerusform>نُقل خبر واحد إلى «%1»</numerusform>
            <numerusform>نُقل خبران إلى «%1»</numerusform>
            <numerusform>نُقلت %n أخبار إلى «%1»</numerusform>
            <numerusform>نُقل %n خبرًا إلى «%1»</numerusform>
            <numerusform>نُقل %n خبر إلى «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="99"/>
        <source>Add tags</source>
        <translation>إضافة وسوم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="100"/>
        <source>Tags to add to %n stories (separate them with commas):</source>
        <translation>
            <numerusform>الوسوم المضافة (افصل بينها بفواصل):</numerusform>
            <numerusform>الوسوم المضافة إلى خبر واحد (افصل بينها بفواصل):</numerusform>
            <numerusform>الوسوم المضافة إلى خبرين (افصل بينها بفواصل):</numerusform>
            <numerusform>الوسوم المضافة إلى %n أخبار (افصل بينها بفواصل):</numerusform>
            <numerusform>الوسوم المضافة إلى %n خبرًا (افصل بينها بفواصل):</numerusform>
            <numerusform>الوسوم المضافة إلى %n خبر (افصل بينها بفواصل):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="108"/>
        <source>Tags added to %n stories</source>
        <translation>
            <numerusform>لم تُضف وسوم إلى أي خبر</numerusform>
            <numerusform>أُضيفت الوسوم إلى خبر واحد</numerusform>
            <numerusform>أُضيفت الوسوم إلى خبرين</numerusform>
            <numerusform>أُضيفت الوسوم إلى %n أخبار</numerusform>
            <numerusform>أُضيفت الوسوم إلى %n خبرًا</numerusform>
            <numerusform>أُضيفت الوسوم إلى %n خبر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="117"/>
        <source>The selected stories have no tags</source>
        <translation>الأخبار المحددة بلا وسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="121"/>
        <source>Remove a tag</source>
        <translation>إزالة وسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="122"/>
        <source>Tag to remove from %n stories:</source>
        <translation>
            <numerusform>الوسم المراد إزالته:</numerusform>
            <numerusform>الوسم المراد إزالته من خبر واحد:</numerusform>
            <numerusform>الوسم المراد إزالته من خبرين:</numerusform>
            <numerusform>الوسم المراد إزالته من %n أخبار:</numerusform>
            <numerusform>الوسم المراد إزالته من %n خبرًا:</numerusform>
            <numerusform>الوسم المراد إزالته من %n خبر:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="132"/>
        <source>Tag removed from %n stories</source>
        <translation>
            <numerusform>لم يُزل الوسم من أي خبر</numerusform>
            <numerusform>أُزيل الوسم من خبر واحد</numerusform>
            <numerusform>أُزيل الوسم من خبرين</numerusform>
            <numerusform>أُزيل الوسم من %n أخبار</numerusform>
            <numerusform>أُزيل الوسم من %n خبرًا</numerusform>
            <numerusform>أُزيل الوسم من %n خبر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="140"/>
        <source>(no section)</source>
        <translation>(بلا قسم)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="143"/>
        <source>Move to section</source>
        <translation>نقل إلى قسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="144"/>
        <source>Section for %n stories:</source>
        <translation>
            <numerusform>القسم:</numerusform>
            <numerusform>قسم الخبر:</numerusform>
            <numerusform>قسم الخبرين:</numerusform>
            <numerusform>قسم الأخبار الـ%n:</numerusform>
            <numerusform>قسم الأخبار الـ%n:</numerusform>
            <numerusform>قسم الأخبار الـ%n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="155"/>
        <source>%n stories moved</source>
        <translation>
            <numerusform>لم يُنقل أي خبر</numerusform>
            <numerusform>نُقل خبر واحد</numerusform>
            <numerusform>نُقل خبران</numerusform>
            <numerusform>نُقلت %n أخبار</numerusform>
            <numerusform>نُقل %n خبرًا</numerusform>
            <numerusform>نُقل %n خبر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="164"/>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="175"/>
        <source>the story no longer exists</source>
        <translation>لم يعد الخبر موجودًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="178"/>
        <source>it is in the trash: restore it first</source>
        <translation>إنه في سلة المحذوفات: استعده أولًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="181"/>
        <source>a story that is “%1” cannot become “%2”</source>
        <translation>لا يمكن أن يصبح خبر «%1» «%2»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="201"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>…</numerusform>
            <numerusform>… وخبر آخر</numerusform>
            <numerusform>… وخبران آخران</numerusform>
            <numerusform>… و%n أخبار أخرى</numerusform>
            <numerusform>… و%n خبرًا آخر</numerusform>
            <numerusform>… و%n خبر آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="204"/>
        <source>Some stories did not move</source>
        <translation>لم تُنقل بعض الأخبار</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/bulk.py" line="205"/>
        <source>%n stories could not become “%1”:</source>
        <translation>
            <numerusform>لم يتعذر نقل أي خبر إلى «%1»:</numerusform>
            <numerusform>تعذر أن يصبح خبر واحد «%1»:</numerusform>
            <numerusform>تعذر أن يصبح خبران «%1»:</numerusform>
            <numerusform>تعذر أن تصبح %n أخبار «%1»:</numerusform>
            <numerusform>تعذر أن يصبح %n خبرًا «%1»:</numerusform>
            <numerusform>تعذر أن يصبح %n خبر «%1»:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipList</name>
    <message>
        <location filename="../../src/newsdesk/ui/tags/tag_field.py" line="75"/>
        <source>Remove tag</source>
        <translation>إزالة الوسم</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="63"/>
        <source>This story was changed elsewhere</source>
        <translation>عُدِّل هذا الخبر في مكان آخر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="77"/>
        <source>My copy (changes against theirs)</source>
        <translation>نسختي (التغييرات مقارنةً بنسختهم)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="104"/>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="155"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="112"/>
        <source>Save the merge</source>
        <translation>احفظ النسخة المدمجة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="114"/>
        <source>Keep mine</source>
        <translation>أبقِ نسختي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="116"/>
        <source>Keep theirs</source>
        <translation>أبقِ نسختهم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="118"/>
        <source>Save mine as a copy</source>
        <translation>احفظ نسختي خبرًا منفصلًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="120"/>
        <source>Back to editing</source>
        <translation>عودة إلى التحرير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="143"/>
        <source>Someone saved this story (version %1, %2) after you opened it (version %3). Nothing has been overwritten: choose what to keep.</source>
        <translation>حفظ شخص آخر هذا الخبر (النسخة %1، %2) بعد أن فتحته أنت (النسخة %3). لم يُكتب شيء فوق شيء: اختر ما تريد إبقاءه.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="151"/>
        <source>Saved version %1 (changes against mine)</source>
        <translation>النسخة المحفوظة %1 (التغييرات مقارنةً بنسختي)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="155"/>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="155"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="164"/>
        <source>Merged copy: their text with my paragraphs that it lacks. Edit it freely.</source>
        <translation>النسخة المدمجة: نصهم مع فقراتي التي تنقصه. عدّلها كما تشاء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="168"/>
        <source>Merged copy: %n paragraph(s) were changed on both sides and are marked; edit them before saving.</source>
        <translation>
            <numerusform>النسخة المدمجة: لا فقرات عدّلها الطرفان.</numerusform>
            <numerusform>النسخة المدمجة: فقرة واحدة عدّلها الطرفان وعُلِّمت؛ عدّلها قبل الحفظ.</numerusform>
            <numerusform>النسخة المدمجة: فقرتان عدّلهما الطرفان وعُلِّمتا؛ عدّلهما قبل الحفظ.</numerusform>
            <numerusform>النسخة المدمجة: %n فقرات عدّلها الطرفان وعُلِّمت؛ عدّلها قبل الحفظ.</numerusform>
            <numerusform>النسخة المدمجة: %n فقرة عدّلها الطرفان وعُلِّمت؛ عدّلها قبل الحفظ.</numerusform>
            <numerusform>النسخة المدمجة: %n فقرة عدّلها الطرفان وعُلِّمت؛ عدّلها قبل الحفظ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="174"/>
        <source>Merged copy: both sets of changes combined. Edit it freely.</source>
        <translation>النسخة المدمجة: جُمعت تغييرات الطرفين. عدّلها كما تشاء.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="192"/>
        <source>The merge still holds conflict marks. Save it anyway?</source>
        <translation>ما زالت النسخة المدمجة تحوي علامات تعارض. أتحفظها رغم ذلك؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict_dialog.py" line="214"/>
        <source>The story was saved again meanwhile; the dialog now shows that version.</source>
        <translation>حُفظ الخبر مرة أخرى في أثناء ذلك؛ تعرض النافذة الآن تلك النسخة.</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="55"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="57"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="75"/>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="76"/>
        <source>Show stories of any date</source>
        <translation>عرض الأخبار بأي تاريخ</translation>
    </message>
</context>
<context>
    <name>EditorActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="115"/>
        <source>Save</source>
        <extracomment>Milliseconds of quiet typing before the counts are recomputed.</extracomment>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="116"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="117"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="118"/>
        <source>Bold</source>
        <translation>عريض</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="119"/>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="120"/>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="121"/>
        <source>Inline code</source>
        <translation>رمز برمجي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="122"/>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="123"/>
        <source>Subheading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="124"/>
        <source>Minor heading</source>
        <translation>عنوان صغير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="125"/>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="126"/>
        <source>Numbered list</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="127"/>
        <source>Block quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="128"/>
        <source>Horizontal rule</source>
        <translation>خط فاصل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="129"/>
        <source>Insert image…</source>
        <translation>أدرج صورة…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="130"/>
        <source>Force right-to-left paragraph</source>
        <translation>فقرة من اليمين إلى اليسار دائماً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="131"/>
        <source>Force left-to-right paragraph</source>
        <translation>فقرة من اليسار إلى اليمين دائماً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="132"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="133"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="134"/>
        <source>Focus mode</source>
        <translation>وضع التركيز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="135"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="136"/>
        <source>Find and replace</source>
        <translation>بحث واستبدال</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="137"/>
        <source>Show the inspector</source>
        <translation>أظهر لوحة الخصائص</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="138"/>
        <source>Arabic comma ،</source>
        <translation>فاصلة عربية ،</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="139"/>
        <source>Arabic semicolon ؛</source>
        <translation>فاصلة منقوطة عربية ؛</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="140"/>
        <source>Arabic question mark ؟</source>
        <translation>علامة استفهام عربية ؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="141"/>
        <source>Quotation marks “ ”</source>
        <translation>علامتا تنصيص “ ”</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="142"/>
        <source>Guillemets « »</source>
        <translation>قوسا تنصيص « »</translation>
    </message>
</context>
<context>
    <name>EditorArea</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/area.py" line="55"/>
        <source>Preview</source>
        <extracomment>The current tab&apos;s title or unsaved state changed: (title, dirty). A story was saved or moved in some tab (the list refreshes). Every open editor is watched: its text reaches the database within seconds.</extracomment>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/area.py" line="138"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/area.py" line="139"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>هل تحفظ التغييرات في «%1» قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="27"/>
        <source>An author needs a name.</source>
        <translation>لا بدّ للكاتب من اسم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="28"/>
        <source>Story {story_id} has no autosave to restore.</source>
        <translation>لا توجد نسخة محفوظة تلقائيًا من الخبر {story_id} لاستعادتها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="31"/>
        <source>Name at least one tag to add.</source>
        <translation>اذكر وسمًا واحدًا على الأقل لإضافته.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="32"/>
        <source>Name at least one tag to remove.</source>
        <translation>اذكر وسمًا واحدًا على الأقل لإزالته.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="33"/>
        <source>The database is busy: another program kept it locked for more than {seconds} s. Nothing was changed; try again.</source>
        <translation>قاعدة البيانات مشغولة: أبقاها برنامج آخر مقفلة أكثر من {seconds} ث. لم يتغيّر شيء؛ أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="38"/>
        <source>The database failed: {detail}. Nothing was changed.</source>
        <translation>تعطّلت قاعدة البيانات: {detail}. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="41"/>
        <source>The disk that holds the database is full. Nothing was changed.</source>
        <translation>القرص الذي يحفظ قاعدة البيانات ممتلئ. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="44"/>
        <source>The database cannot be written (it is read-only here). Nothing was changed.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات (هي للقراءة فقط هنا). لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="48"/>
        <source>The base URL must be an http(s) address, not “{url}”.</source>
        <translation>يجب أن يكون عنوان الموقع الأساسي عنوان http(s)‎، لا «{url}».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="51"/>
        <source>Another export is writing {target} now; try again when it is done (nothing was changed).</source>
        <translation>تصدير آخر يكتب في {target} الآن؛ أعد المحاولة بعد انتهائه (لم يتغيّر شيء).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="55"/>
        <source>Cannot write next to {folder}: {detail}.</source>
        <translation>تعذّرت الكتابة بجوار {folder}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="58"/>
        <source>Two pages would be written at {path}; nothing was written.</source>
        <translation>صفحتان ستُكتبان في المسار نفسه {path}؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="62"/>
        <source>The export to {where} failed: {detail}.</source>
        <translation>فشل التصدير إلى {where}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="63"/>
        <source>{target} holds files that no Newsdesk export wrote; choose an empty or new folder.</source>
        <translation>في {target} ملفات لم يكتبها تصدير من نيوزدسك؛ اختر مجلدًا فارغًا أو جديدًا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="67"/>
        <source>The image {sha}… is missing from the database.</source>
        <translation>الصورة {sha}… غير موجودة في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="70"/>
        <source>The export process could not be started; the previous site is unchanged.</source>
        <translation>تعذّر بدء عملية التصدير؛ الموقع السابق باقٍ كما هو.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="73"/>
        <source>The process that reads the database ended during the export; the previous site is intact.</source>
        <translation>انتهت العملية التي تقرأ قاعدة البيانات أثناء التصدير؛ الموقع السابق سليم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="78"/>
        <source>The theme folder {folder} does not exist.</source>
        <translation>مجلد القالب {folder} غير موجود.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="81"/>
        <source>{target} exists and is not a folder.</source>
        <translation>{target} موجود وليس مجلدًا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="82"/>
        <source>The writer was not opened.</source>
        <translation>لم تُفتح أداة الكتابة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="83"/>
        <source>Refusing to write outside the site: “{path}”.</source>
        <translation>رُفضت الكتابة خارج مجلد الموقع: «{path}».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="86"/>
        <source>The export process stopped (exit code {exit_code}); the previous site is unchanged.</source>
        <translation>توقفت عملية التصدير (رمز الخروج {exit_code})؛ الموقع السابق باقٍ كما هو.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="90"/>
        <source>An item needs an &apos;id&apos;.</source>
        <translation>لكل عنصر حقل ‎&apos;id&apos;‎ لا بدّ منه.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="91"/>
        <source>Each item must be a JSON object.</source>
        <translation>يجب أن يكون كل عنصر كائن JSON.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="92"/>
        <source>A JSON Feed needs an &apos;items&apos; list.</source>
        <translation>تحتاج خلاصة JSON Feed إلى قائمة ‎&apos;items&apos;‎.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="93"/>
        <source>A JSON Feed is a JSON object.</source>
        <translation>خلاصة JSON Feed يجب أن تكون كائن JSON.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="94"/>
        <source>Not a JSON Feed (version must start with {prefix}).</source>
        <translation>ليست خلاصة JSON Feed (يجب أن يبدأ الإصدار بـ{prefix}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="97"/>
        <source>Not an RSS or Atom feed.</source>
        <translation>ليست خلاصة RSS أو Atom.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="98"/>
        <source>The feed holds NUL bytes (a damaged file?).</source>
        <translation>في الخلاصة بايتات NUL (هل الملف تالف؟).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="99"/>
        <source>Not a readable feed ({detail}).</source>
        <translation>تتعذّر قراءة الخلاصة ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="100"/>
        <source>“{value}” is not a date (use 2026-11-28 or 2026-11-28T09:30:00Z).</source>
        <translation>«{value}» ليس تاريخًا (اكتب 2026-11-28 أو 2026-11-28T09:30:00Z).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="103"/>
        <source>A date must be text, not {kind}.</source>
        <translation>يجب أن يكون التاريخ نصًّا، لا {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="104"/>
        <source>{what} must be a list of names.</source>
        <translation>يجب أن يكون {what} قائمة أسماء.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="105"/>
        <source>{what} must be a list of names or a comma-separated text.</source>
        <translation>يجب أن يكون {what} قائمة أسماء أو نصًّا تفصل بين أسمائه فواصل.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="108"/>
        <source>{what} must be text, not {kind}.</source>
        <translation>يجب أن يكون {what} نصًّا، لا {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="109"/>
        <source>Status must be text, not {kind}.</source>
        <translation>يجب أن تكون الحالة نصًّا، لا {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="110"/>
        <source>No {kind} is called “{value}”.</source>
        <translation>لا يوجد {kind} باسم «{value}».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="111"/>
        <source>No {kind} is called “{value}”; the nearest known: {near}.</source>
        <translation>لا يوجد {kind} باسم «{value}»؛ الأقرب إليه: {near}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="114"/>
        <source>The regular expression is not valid: {detail}.</source>
        <translation>التعبير النمطي غير صالح: {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="117"/>
        <source>The replacement is not valid: {detail}.</source>
        <translation>نص الاستبدال غير صالح: {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="120"/>
        <source>No article text found in the page.</source>
        <translation>لم يُعثر على نص خبر في الصفحة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="121"/>
        <source>The page has neither a title nor a heading.</source>
        <translation>ليس في الصفحة عنوان ولا ترويسة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="124"/>
        <source>The file holds NUL bytes: it is not a web page.</source>
        <translation>في الملف بايتات NUL: ليس صفحة ويب.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="127"/>
        <source>{size:,} bytes is too large for an article page.</source>
        <translation>حجم الملف {size:,} بايت، وهو أكبر مما تكون عليه صفحة خبر.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="130"/>
        <source>Cannot read the page ({detail}).</source>
        <translation>تتعذّر قراءة الصفحة ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="131"/>
        <source>Not valid JSON ({detail}).</source>
        <translation>صيغة JSON غير صالحة ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="132"/>
        <source>Unknown status “{status}”.</source>
        <translation>حالة غير معروفة: «{status}».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="133"/>
        <source>This is a folder: name the files in it to import.</source>
        <translation>هذا مجلد: اختر الملفات التي فيه لاستيرادها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="136"/>
        <source>No such file.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="137"/>
        <source>The story has no title.</source>
        <translation>الخبر بلا عنوان.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="138"/>
        <source>The file is not UTF-8 (save it as UTF-8 and import again).</source>
        <translation>ترميز الملف ليس UTF-8 (احفظه بترميز UTF-8 واستورده من جديد).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="141"/>
        <source>The file holds NUL bytes: it is not text.</source>
        <translation>في الملف بايتات NUL: ليس نصًّا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="144"/>
        <source>Not a format Newsdesk recognises; name it explicitly.</source>
        <translation>صيغة لا يتعرّفها نيوزدسك؛ حدّد الصيغة بنفسك.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="147"/>
        <source>Unknown import format “{name}” (known: {known}).</source>
        <translation>صيغة استيراد غير معروفة «{name}» (المعروفة: {known}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="150"/>
        <source>Cannot read the file: {detail}.</source>
        <translation>تتعذّر قراءة الملف: {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="151"/>
        <source>“{value}” is not a date (use 2026-11-28 or 28/11/2026).</source>
        <translation>«{value}» ليس تاريخًا (اكتب 2026-11-28 أو 28/11/2026).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="154"/>
        <source>Tags must be a list of strings or a comma-separated string.</source>
        <translation>يجب أن تكون الوسوم قائمة نصوص أو نصًّا تفصل بين وسومه فواصل.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="157"/>
        <source>Each line must be a JSON object.</source>
        <translation>يجب أن يكون كل سطر كائن JSON.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="158"/>
        <source>“{key}” must be text, not {kind}.</source>
        <translation>يجب أن يكون «{key}» نصًّا، لا {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="159"/>
        <source>The file is not UTF-8.</source>
        <translation>ترميز الملف ليس UTF-8.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="160"/>
        <source>Cannot sort by “{sort}”; choose one of {known}.</source>
        <translation>لا يمكن الترتيب حسب «{sort}»؛ اختر واحدًا من: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="163"/>
        <source>Offset and limit must not be negative.</source>
        <translation>لا يجوز أن تكون الإزاحة أو الحدّ سالبة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="164"/>
        <source>The front matter is not TOML ({detail}).</source>
        <translation>الترويسة ليست بصيغة TOML ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="167"/>
        <source>The front matter is not YAML ({detail}).</source>
        <translation>الترويسة ليست بصيغة YAML ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="170"/>
        <source>No end of front matter ({detail}).</source>
        <translation>لا نهاية للترويسة ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="171"/>
        <source>The story has no title (give &apos;title:&apos; or start with &apos;# heading&apos;).</source>
        <translation>الخبر بلا عنوان (أضف ‎&apos;title:&apos;‎ أو ابدأ النص بـ‎&apos;# عنوان&apos;‎).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="174"/>
        <source>No end of front matter (a closing +++ line).</source>
        <translation>لا نهاية للترويسة (سطر +++ الختامي).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="177"/>
        <source>Must be a mapping of keys to values.</source>
        <translation>يجب أن تكون أزواجًا من المفاتيح والقيم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="180"/>
        <source>{name} decompresses to too many pixels: {detail}.</source>
        <translation>الصورة {name} تتفكّك إلى عدد هائل من البكسلات: {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="183"/>
        <source>Cannot read {path}: {detail}.</source>
        <translation>تتعذّر قراءة {path}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="184"/>
        <source>{name} is damaged or truncated: {detail}.</source>
        <translation>الصورة {name} تالفة أو مبتورة: {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="187"/>
        <source>{name} is empty.</source>
        <translation>الملف {name} فارغ.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="188"/>
        <source>No image {sha}… in the media library.</source>
        <translation>لا توجد صورة {sha}… في مكتبة الوسائط.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="189"/>
        <source>The {what} has {count} characters; the limit is {limit}.</source>
        <translation>عدد أحرف {what} {count}، والحدّ الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="192"/>
        <source>{name} is {size_mb:.1f} MB; images up to {limit_mb} MB are accepted.</source>
        <translation>حجم {name} ‏{size_mb:.1f} ميغابايت؛ تُقبل الصور حتى {limit_mb} ميغابايت.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="195"/>
        <source>{name} is {width} x {height} pixels; images up to {limit} megapixels are accepted.</source>
        <translation>أبعاد {name} ‏{width}×{height} بكسل؛ تُقبل الصور حتى {limit} ميغابكسل.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="199"/>
        <source>{name} is not an image Newsdesk can read.</source>
        <translation>الملف {name} ليس صورة يقرؤها نيوزدسك.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="202"/>
        <source>{name} is a {kind} image; use JPEG, PNG, GIF or WebP.</source>
        <translation>الصورة {name} بصيغة {kind}؛ استخدم JPEG أو PNG أو GIF أو WebP.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="205"/>
        <source>Unknown value “{value}”.</source>
        <translation>قيمة غير معروفة: «{value}».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="206"/>
        <source>A ninjs item must be a JSON object.</source>
        <translation>يجب أن يكون عنصر ninjs كائن JSON.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="209"/>
        <source>The item has no headline.</source>
        <translation>العنصر بلا عنوان.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="210"/>
        <source>Must be a list.</source>
        <translation>يجب أن تكون قائمة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="211"/>
        <source>Must be an object.</source>
        <translation>يجب أن يكون كائنًا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="212"/>
        <source>Must be a list of objects.</source>
        <translation>يجب أن تكون قائمة كائنات.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="213"/>
        <source>Must be text, not {kind}.</source>
        <translation>يجب أن تكون نصًّا، لا {kind}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="214"/>
        <source>Is required and must be text.</source>
        <translation>حقل مطلوب ويجب أن يكون نصًّا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="215"/>
        <source>The page is empty.</source>
        <translation>الصفحة فارغة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="216"/>
        <source>The first paragraph has more than {limit} words: it is not a headline.</source>
        <translation>عدد كلمات الفقرة الأولى يزيد على {limit}: ليست عنوانًا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="219"/>
        <source>The page has a headline but no body.</source>
        <translation>في الصفحة عنوان بلا متن.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="220"/>
        <source>The page has no headline.</source>
        <translation>الصفحة بلا عنوان.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="221"/>
        <source>A new order must list the same related stories.</source>
        <translation>يجب أن يضمّ الترتيب الجديد الأخبار ذات الصلة نفسها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="224"/>
        <source>The You Missed block cannot hold a negative number of stories.</source>
        <translation>لا يمكن أن يضمّ قسم «فاتك» عددًا سالبًا من الأخبار.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="227"/>
        <source>Ask for at least one suggestion.</source>
        <translation>اطلب اقتراحًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="228"/>
        <source>A story cannot be related to itself.</source>
        <translation>لا يكون الخبر ذا صلة بنفسه.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="229"/>
        <source>A related story is listed twice.</source>
        <translation>خبر ذو صلة مذكور مرتين.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="230"/>
        <source>Cannot sort by “{sort}”.</source>
        <translation>لا يمكن الترتيب حسب «{sort}».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="231"/>
        <source>The name is longer than {limit} characters.</source>
        <translation>عدد أحرف الاسم يزيد على {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="234"/>
        <source>A saved search needs a name.</source>
        <translation>لا بدّ للبحث المحفوظ من اسم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="235"/>
        <source>Limit must be 1 to {most}, not {limit}.</source>
        <translation>يجب أن يكون الحدّ بين 1 و{most}، لا {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="238"/>
        <source>Type a word to search for.</source>
        <translation>اكتب كلمة للبحث عنها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="239"/>
        <source>Offset must not be negative.</source>
        <translation>لا يجوز أن تكون الإزاحة سالبة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="240"/>
        <source>The search has no words in it, only signs and operators.</source>
        <translation>لا كلمات في البحث، بل رموز وعوامل فقط.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="243"/>
        <source>Say what to look for, not only what to leave out (-word).</source>
        <translation>اذكر ما تبحث عنه، لا ما تستبعده فقط (‎-كلمة).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="246"/>
        <source>A prefix search needs at least {limit} letters before *.</source>
        <translation>لا يقل عدد الأحرف قبل * في البحث ببداية الكلمة عن {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="249"/>
        <source>A search may have at most {limit} words and phrases.</source>
        <translation>لا يتجاوز عدد الكلمات والعبارات في البحث {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="252"/>
        <source>A word of more than {limit} characters cannot be searched.</source>
        <translation>لا يمكن البحث عن كلمة يزيد عدد أحرفها على {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="255"/>
        <source>The section “{name}” exists already.</source>
        <translation>القسم «{name}» موجود من قبل.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="256"/>
        <source>A section needs a name.</source>
        <translation>لا بدّ للقسم من اسم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="257"/>
        <source>The slug “{slug}” is taken.</source>
        <translation>المعرّف «{slug}» مستخدم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="258"/>
        <source>The numeral style is “latn” or “arab”.</source>
        <translation>نمط الأرقام «latn» أو «arab».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="261"/>
        <source>The slug style is “arabic”, “translit” or “id”.</source>
        <translation>نمط المعرّف «arabic» أو «translit» أو «id».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="264"/>
        <source>Unknown setting “{key}”.</source>
        <translation>إعداد غير معروف: «{key}».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="265"/>
        <source>A dictionary entry is one word of at most 200 letters.</source>
        <translation>مدخل القاموس كلمة واحدة لا تتجاوز 200 حرف.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="268"/>
        <source>No {language} dictionary is installed (Debian: apt-get install {package}).</source>
        <translation>لا يوجد قاموس {language} مثبّت (في ديبيان: apt-get install {package}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="272"/>
        <source>Spell checking needs libenchant-2 ({detail}).</source>
        <translation>يحتاج التدقيق الإملائي إلى libenchant-2 ‏({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="275"/>
        <source>A correction needs its note for readers.</source>
        <translation>يحتاج التصحيح إلى ملاحظة للقرّاء.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="278"/>
        <source>A {current} story cannot become {target}.</source>
        <translation>لا يمكن نقل خبر حالته «{current}» إلى «{target}».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="281"/>
        <source>The story is in the trash: restore it first.</source>
        <translation>الخبر في سلة المحذوفات: استعده أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="284"/>
        <source>Priority must be 1 to 5, not {priority}.</source>
        <translation>يجب أن تكون الأولوية من 1 إلى 5، لا {priority}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="287"/>
        <source>The body has {count:,} characters; the limit is {limit:,}.</source>
        <translation>عدد أحرف المتن {count:,}، والحدّ الأقصى {limit:,}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="290"/>
        <source>The headline has {count} characters; the limit is {limit}.</source>
        <translation>عدد أحرف العنوان {count}، والحدّ الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="293"/>
        <source>The featured image {sha}… is not in the media library.</source>
        <translation>الصورة البارزة {sha}… ليست في مكتبة الوسائط.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="296"/>
        <source>A story needs a headline.</source>
        <translation>لا بدّ للخبر من عنوان.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="297"/>
        <source>Story {story_id} has no revision {revision_id}.</source>
        <translation>لا توجد للخبر {story_id} نسخة رقم {revision_id}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="300"/>
        <source>There is no section “{section}”.</source>
        <translation>لا يوجد قسم باسم «{section}».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="301"/>
        <source>No story with uuid {uuid}.</source>
        <translation>لا يوجد خبر بالمعرّف الفريد {uuid}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="302"/>
        <source>No story with id {story_id}.</source>
        <translation>لا يوجد خبر رقمه {story_id}.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="303"/>
        <source>The text holds NUL characters (a damaged file?).</source>
        <translation>في النص محارف NUL (هل الملف تالف؟).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="306"/>
        <source>The slug of a published story is frozen: its address is already out there.</source>
        <translation>معرّف الخبر المنشور ثابت: عنوانه منشور ومتداول.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="310"/>
        <source>The tag “{name}” exists already.</source>
        <translation>الوسم «{name}» موجود من قبل.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="311"/>
        <source>The tag “{name}” exists already: merge “{old}” into it instead.</source>
        <translation>الوسم «{name}» موجود من قبل: ادمج «{old}» فيه بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="314"/>
        <source>Name at least one other tag to merge.</source>
        <translation>اذكر وسمًا آخر على الأقل للدمج.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="315"/>
        <source>No tag “{tag}”.</source>
        <translation>لا يوجد وسم «{tag}».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="316"/>
        <source>“{name}” is not a usable tag name.</source>
        <translation>«{name}» لا يصلح اسمًا لوسم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="317"/>
        <source>A date is not a date ({detail}).</source>
        <translation>تاريخ غير صالح ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="318"/>
        <source>Unknown WordPress status “{status}”.</source>
        <translation>حالة ووردبريس غير معروفة: «{status}».</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="319"/>
        <source>The file holds no WordPress channel or items.</source>
        <translation>لا قناة ووردبريس ولا عناصر في الملف.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="322"/>
        <source>Not a WordPress export (no &lt;rss&gt; root).</source>
        <translation>ليس ملف تصدير من ووردبريس (لا جذر &lt;rss&gt;).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="323"/>
        <source>An RSS file without WordPress data: import it with the feed format.</source>
        <translation>ملف RSS بلا بيانات ووردبريس: استورده بصيغة الخلاصة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="326"/>
        <source>The file declares XML entities, which attacks use and no export needs: it is refused.</source>
        <translation>يعرّف الملف كيانات XML، وهي أداة للهجمات ولا يحتاجها أي تصدير: رُفض الملف.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="330"/>
        <source>The file names an external DTD; it is refused for safety.</source>
        <translation>يشير الملف إلى DTD خارجي؛ رُفض حفاظًا على الأمان.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="333"/>
        <source>Not well-formed XML ({detail}).</source>
        <translation>صيغة XML غير سليمة ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="338"/>
        <source>caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="339"/>
        <source>credit</source>
        <translation>نسبة الصورة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="340"/>
        <source>alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="341"/>
        <source>front matter</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="342"/>
        <source>start of file</source>
        <translation>بداية الملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="343"/>
        <source>document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="344"/>
        <source>feed</source>
        <translation>الخلاصة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="345"/>
        <source>root element</source>
        <translation>العنصر الجذر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="346"/>
        <source>top level</source>
        <translation>المستوى الأعلى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="347"/>
        <source>unknown</source>
        <translation>مجهولة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="348"/>
        <source>section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="349"/>
        <source>tag</source>
        <translation>وسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="350"/>
        <source>author</source>
        <translation>كاتب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="356"/>
        <source>line {n}</source>
        <translation>السطر {n}</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="357"/>
        <source>column {n}</source>
        <translation>العمود {n}</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="358"/>
        <source>item {n}</source>
        <translation>العنصر {n}</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="359"/>
        <source>entry {n}</source>
        <translation>المدخل {n}</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="443"/>
        <source>Not done: {detail}</source>
        <translation>لم يتمّ ذلك: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="444"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="445"/>
        <source>{file}, {place}: {sentence}</source>
        <translation>{file}، {place}: {sentence}</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/messages.py" line="446"/>
        <source>{file}: {sentence}</source>
        <translation>{file}: {sentence}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="91"/>
        <source>Export site</source>
        <translation>تصدير الموقع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="99"/>
        <source>An empty folder, or one exported before</source>
        <translation>مجلد فارغ، أو مجلد صُدِّر إليه من قبل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="100"/>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="110"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="109"/>
        <source>The default theme</source>
        <translation>القالب الافتراضي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="117"/>
        <source>Write the RSS, Atom and JSON feeds too</source>
        <translation>اكتب خلاصات RSS وAtom وJSON أيضاً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="121"/>
        <source>Output folder:</source>
        <translation>مجلد الإخراج:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="122"/>
        <source>Base URL:</source>
        <translation>العنوان الأساسي:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="123"/>
        <source>Theme folder:</source>
        <translation>مجلد القالب:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="129"/>
        <source>Ready.</source>
        <translation>جاهز.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="134"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="139"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="154"/>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="159"/>
        <source>Theme folder</source>
        <translation>مجلد القالب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="172"/>
        <source>Choose an output folder first.</source>
        <translation>اختر مجلد الإخراج أولاً.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="192"/>
        <source>Planning the site…</source>
        <translation>جارٍ تخطيط الموقع…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="199"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="224"/>
        <source>Writing pages: %1 of %2</source>
        <translation>كتابة الصفحات: %1 من %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="227"/>
        <source>Swapping in the new site…</source>
        <translation>جارٍ استبدال الموقع القديم بالجديد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="236"/>
        <source>Done: %1 files written, %2 unchanged, %3 removed.</source>
        <translation>تم: كُتب %1 ملفاً، وبقي %2 دون تغيير، وحُذف %3.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="246"/>
        <source>The export failed; the previous site is unchanged. %1</source>
        <translation>فشل التصدير؛ بقي الموقع السابق كما هو. %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/export_dialog.py" line="253"/>
        <source>Cancelled; the previous site is unchanged.</source>
        <translation>أُلغي التصدير؛ بقي الموقع السابق كما هو.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="39"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="43"/>
        <source>Replace with</source>
        <translation>استبدل بـ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="44"/>
        <source>Whole word</source>
        <translation>كلمة كاملة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="45"/>
        <source>Regular expression</source>
        <translation>تعبير نمطي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="46"/>
        <source>Ignore Arabic spelling variants</source>
        <translation>تجاهل اختلاف الإملاء العربي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="48"/>
        <source>Hamza and alef forms, ى/ي, ة/ه, tashkeel, tatweel and digits match alike</source>
        <translation>تتطابق أشكال الهمزة والألف وى/ي وة/ه والتشكيل والتطويل والأرقام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="53"/>
        <source>Find next (Enter)</source>
        <translation>التالي (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="56"/>
        <source>Find previous (Shift+Enter)</source>
        <translation>السابق (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="57"/>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="58"/>
        <source>Replace all</source>
        <translation>استبدال الكل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="61"/>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="138"/>
        <source>The regular expression is not valid</source>
        <translation>التعبير النمطي غير صالح</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="140"/>
        <source>%n matches</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="217"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>لم يُستبدل شيء</numerusform>
            <numerusform>استُبدلت واحدة</numerusform>
            <numerusform>استُبدلت اثنتان</numerusform>
            <numerusform>استُبدلت %n</numerusform>
            <numerusform>استُبدلت %n</numerusform>
            <numerusform>استُبدلت %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlineMeter</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="75"/>
        <source>Too long: the limit is %1 characters</source>
        <translation>طويل جداً: الحد %1 حرفاً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="77"/>
        <source>Longer than the %1 characters most pages show</source>
        <translation>أطول من %1 حرفاً تعرضها معظم الصفحات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="79"/>
        <source>Headline length (the page shows about %1 characters)</source>
        <translation>طول العنوان (تعرض الصفحة نحو %1 حرفاً)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="55"/>
        <source>Skip duplicates</source>
        <translation>تخطَّ المكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="56"/>
        <source>Update the existing story</source>
        <translation>حدِّث الخبر الموجود</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="59"/>
        <source>Import as new stories</source>
        <translation>استورده أخبارًا جديدة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="65"/>
        <source>same source id</source>
        <translation>المعرّف المصدري نفسه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="66"/>
        <source>same source URL</source>
        <translation>رابط المصدر نفسه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="67"/>
        <source>near-duplicate</source>
        <translation>شبه مكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="137"/>
        <source>Import stories</source>
        <translation>استيراد الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="142"/>
        <source>Recognise automatically</source>
        <translation>تعرّف تلقائيًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="152"/>
        <source>Add files…</source>
        <translation>أضف ملفات…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="154"/>
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="161"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="162"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="163"/>
        <source>Stories</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="164"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="165"/>
        <source>Duplicates</source>
        <translation>المكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="166"/>
        <source>Duplicates become</source>
        <translation>مصير المكرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="187"/>
        <source>Imported story</source>
        <translation>الخبر المستورد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="188"/>
        <source>Already here</source>
        <translation>الموجود هنا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="189"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="190"/>
        <source>Similarity</source>
        <translation>التشابه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="202"/>
        <source>Add the files to import, then preview them.</source>
        <translation>أضف الملفات المراد استيرادها، ثم عاينها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="211"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="215"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="226"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="227"/>
        <source>Duplicates:</source>
        <translation>المكرر:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="234"/>
        <source>Sample headlines</source>
        <translation>عناوين من الملفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="236"/>
        <source>Duplicates found</source>
        <translation>المكرر الذي وُجد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="258"/>
        <source>Choose files to import</source>
        <translation>اختر الملفات المراد استيرادها</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="261"/>
        <source>Stories (*.txt *.html *.htm *.xml *.md *.markdown *.rss *.atom *.json *.jsonl);;All files (*)</source>
        <translation>أخبار (*.txt *.html *.htm *.xml *.md *.markdown *.rss *.atom *.json *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="320"/>
        <source>Reading the files…</source>
        <translation>جارٍ قراءة الملفات…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="327"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="332"/>
        <source>Cancelling: the file in progress is rolled back…</source>
        <translation>جارٍ الإلغاء: يُتراجع عن الملف الجاري…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="358"/>
        <source>Nothing from the file was imported: %1</source>
        <translation>لم يُستورد شيء من الملف: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="364"/>
        <source>Cancelled. The file in progress was rolled back; files before it stay.</source>
        <translation>أُلغي الاستيراد. تُرُوجع عن الملف الجاري، وبقيت الملفات التي قبله.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="378"/>
        <source>%n stories in the files</source>
        <translation>
            <numerusform>لا أخبار في الملفات</numerusform>
            <numerusform>خبر واحد في الملفات</numerusform>
            <numerusform>خبران في الملفات</numerusform>
            <numerusform>%n أخبار في الملفات</numerusform>
            <numerusform>%n خبرًا في الملفات</numerusform>
            <numerusform>%n خبر في الملفات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="379"/>
        <source>%n new</source>
        <translation>
            <numerusform>لا جديد</numerusform>
            <numerusform>واحد جديد</numerusform>
            <numerusform>اثنان جديدان</numerusform>
            <numerusform>%n جديدة</numerusform>
            <numerusform>%n جديدًا</numerusform>
            <numerusform>%n جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="380"/>
        <source>%n duplicates</source>
        <translation>
            <numerusform>لا مكرر</numerusform>
            <numerusform>مكرر واحد</numerusform>
            <numerusform>مكرران</numerusform>
            <numerusform>%n مكررات</numerusform>
            <numerusform>%n مكررًا</numerusform>
            <numerusform>%n مكرر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="382"/>
        <source>%n files would be refused</source>
        <translation>
            <numerusform>لن يُرفض أي ملف</numerusform>
            <numerusform>سيُرفض ملف واحد</numerusform>
            <numerusform>سيُرفض ملفان</numerusform>
            <numerusform>ستُرفض %n ملفات</numerusform>
            <numerusform>سيُرفض %n ملفًا</numerusform>
            <numerusform>سيُرفض %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="398"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="417"/>
        <source>an earlier story of this import</source>
        <translation>خبر سابق في هذا الاستيراد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="433"/>
        <source>Story %1: %2</source>
        <translation>الخبر %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="438"/>
        <source>Jaccard %1 · containment %2</source>
        <translation>جاكارد %1 · الاحتواء %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="448"/>
        <source>%n stories imported</source>
        <translation>
            <numerusform>لم يُستورد أي خبر</numerusform>
            <numerusform>استُورد خبر واحد</numerusform>
            <numerusform>استُورد خبران</numerusform>
            <numerusform>استُوردت %n أخبار</numerusform>
            <numerusform>استُورد %n خبرًا</numerusform>
            <numerusform>استُورد %n خبر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="450"/>
        <source>%n updated</source>
        <translation>
            <numerusform>لم يُحدَّث شيء</numerusform>
            <numerusform>حُدِّث واحد</numerusform>
            <numerusform>حُدِّث اثنان</numerusform>
            <numerusform>حُدِّثت %n</numerusform>
            <numerusform>حُدِّث %n</numerusform>
            <numerusform>حُدِّث %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/import_dialog.py" line="452"/>
        <source>%n duplicates skipped</source>
        <translation>
            <numerusform>لم يُتخطَّ أي مكرر</numerusform>
            <numerusform>تُخطّي مكرر واحد</numerusform>
            <numerusform>تُخطّي مكرران</numerusform>
            <numerusform>تُخطّيت %n مكررات</numerusform>
            <numerusform>تُخطّي %n مكررًا</numerusform>
            <numerusform>تُخطّي %n مكرر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="47"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="373"/>
        <source>Newsdesk</source>
        <translation>مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="135"/>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="138"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="141"/>
        <source>Move to trash</source>
        <translation>نقل إلى سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="144"/>
        <source>Restore from trash</source>
        <translation>استعادة من سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="146"/>
        <source>Export site…</source>
        <translation>تصدير الموقع…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="148"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="151"/>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="154"/>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="157"/>
        <source>Tags…</source>
        <translation>الوسوم…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="159"/>
        <source>Related stories…</source>
        <translation>الأخبار ذات الصلة…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="161"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="335"/>
        <source>About Newsdesk</source>
        <translation>عن مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="163"/>
        <source>New story</source>
        <translation>خبر جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="166"/>
        <source>Open in editor</source>
        <translation>افتح في المحرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="169"/>
        <source>Media library…</source>
        <translation>مكتبة الوسائط…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="175"/>
        <source>Save search…</source>
        <translation>حفظ البحث…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="199"/>
        <source>&amp;Story</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="211"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="263"/>
        <source>%n stories</source>
        <translation>
            <numerusform>لا أخبار</numerusform>
            <numerusform>خبر واحد</numerusform>
            <numerusform>خبران</numerusform>
            <numerusform>%n أخبار</numerusform>
            <numerusform>%n خبرًا</numerusform>
            <numerusform>%n خبر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="269"/>
        <source>%n stories moved to the trash</source>
        <translation>
            <numerusform>لم يُنقل أي خبر إلى سلة المحذوفات</numerusform>
            <numerusform>نُقل خبر واحد إلى سلة المحذوفات</numerusform>
            <numerusform>نُقل خبران إلى سلة المحذوفات</numerusform>
            <numerusform>نُقلت %n أخبار إلى سلة المحذوفات</numerusform>
            <numerusform>نُقل %n خبرًا إلى سلة المحذوفات</numerusform>
            <numerusform>نُقل %n خبر إلى سلة المحذوفات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/main_window.py" line="276"/>
        <source>%n stories restored</source>
        <translation>
            <numerusform>لم يُستعد أي خبر</numerusform>
            <numerusform>استُعيد خبر واحد</numerusform>
            <numerusform>استُعيد خبران</numerusform>
            <numerusform>استُعيدت %n أخبار</numerusform>
            <numerusform>استُعيد %n خبرًا</numerusform>
            <numerusform>استُعيد %n خبر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="282"/>
        <location filename="../../src/newsdesk/ui/main_window.py" line="289"/>
        <source>Save search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="282"/>
        <source>Name of the saved search:</source>
        <translation>اسم البحث المحفوظ:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="303"/>
        <source>Select one story to see its history</source>
        <translation>اختر خبرًا واحدًا لعرض سجله</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="327"/>
        <source>Select one story first.</source>
        <translation>اختر خبرًا واحدًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="336"/>
        <source>Newsdesk %1
A newsroom editor for Arabic-first newsrooms.
Database: %2</source>
        <translation>مكتب الأخبار %1
محرر غرف الأخبار العربية أولًا.
قاعدة البيانات: %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="371"/>
        <source>%1[*] — Newsdesk</source>
        <translation>%1[*] — مكتب الأخبار</translation>
    </message>
</context>
<context>
    <name>MediaLibraryDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="46"/>
        <source>Media library</source>
        <translation>مكتبة الوسائط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="65"/>
        <source>Drop image files here, or add them from disk.</source>
        <translation>أفلت ملفات الصور هنا، أو أضفها من القرص.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="67"/>
        <source>Add images…</source>
        <translation>أضف صوراً…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="76"/>
        <source>Save description</source>
        <translation>احفظ الوصف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="80"/>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="81"/>
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="82"/>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="89"/>
        <source>Use</source>
        <translation>استخدم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="142"/>
        <source>The library is empty.</source>
        <translation>المكتبة فارغة.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="166"/>
        <source>Some images were not added</source>
        <translation>لم تُضف بعض الصور</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="172"/>
        <source>Add images</source>
        <translation>أضف صوراً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="174"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>صور (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/media_dialog.py" line="191"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
</context>
<context>
    <name>NamePickerDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/picker.py" line="37"/>
        <source>Filter…</source>
        <translation>تصفية…</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="84"/>
        <source>All stories</source>
        <translation>كل الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="86"/>
        <source>My stories</source>
        <translation>أخباري</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="90"/>
        <source>Statuses</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="96"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="97"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="98"/>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="99"/>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="101"/>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="143"/>
        <source>More tags…</source>
        <translation>وسوم أخرى…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="149"/>
        <source>More authors…</source>
        <translation>كتّاب آخرون…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="216"/>
        <source>Choose a tag</source>
        <translation>اختر وسمًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="219"/>
        <source>Choose an author</source>
        <translation>اختر كاتبًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/navigator.py" line="274"/>
        <source>Delete saved search</source>
        <translation>حذف البحث المحفوظ</translation>
    </message>
</context>
<context>
    <name>PasteActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/paste.py" line="46"/>
        <source>Not pasted</source>
        <extracomment>HTML without a plain-text copy is measured by its markup, which is this many times its text at most for what editors and browsers put on the clipboard.</extracomment>
        <translation>لم يُلصق شيء</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/paste.py" line="47"/>
        <source>The clipboard holds %1 characters; with them the story would be longer than the %2 characters a story can hold. Nothing was pasted.</source>
        <translation>عدد الأحرف في الحافظة %1، وبها يتجاوز الخبر أقصى طول له (%2 حرف). لم يُلصق شيء.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/paste.py" line="113"/>
        <source>Paste as plain text</source>
        <translation>لصق كنص عادي</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="83"/>
        <location filename="../../src/newsdesk/ui/recovery.py" line="199"/>
        <location filename="../../src/newsdesk/ui/recovery.py" line="220"/>
        <location filename="../../src/newsdesk/ui/recovery.py" line="233"/>
        <source>Recover unsaved work</source>
        <extracomment>story id, after its autosaved copy was saved as the story.</extracomment>
        <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="88"/>
        <source>Newsdesk was closed before these stories were saved. Their last autosaved copy is shown against the saved story: restore it or discard it.</source>
        <translation>أُغلق مكتب الأخبار قبل حفظ هذه الأخبار. تُعرض آخر نسخة محفوظة تلقائيًا مقارنةً بالخبر المحفوظ: استعدها أو تخلَّص منها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="120"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="122"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="127"/>
        <source>Decide later</source>
        <translation>قرّر لاحقًا</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="160"/>
        <source>Autosaved %1 · %2 words added, %3 removed, %4 respelt since the saved version.</source>
        <translation>حُفظت تلقائيًا %1 · منذ النسخة المحفوظة: أُضيفت %2 كلمة، وحُذفت %3، وتغيّر إملاء %4.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="169"/>
        <source>Someone saved this story after your copy was opened: restoring saves your copy over theirs, which stays in the history.</source>
        <translation>حفظ شخص آخر هذا الخبر بعد فتح نسختك: الاستعادة تحفظ نسختك فوق نسخته، وتبقى نسخته في السجل.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="176"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="176"/>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="176"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="210"/>
        <source>Discard unsaved work</source>
        <translation>تجاهل العمل غير المحفوظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/recovery.py" line="211"/>
        <source>Throw away the autosaved copy of “%1”? This cannot be undone.</source>
        <translation>أتتخلّص من النسخة المحفوظة تلقائيًا من «%1»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>RelatedDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="248"/>
        <source>Related stories: %1</source>
        <translation>الأخبار ذات الصلة: %1</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="78"/>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="79"/>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="80"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="84"/>
        <source>Pin both ways</source>
        <translation>ثبّت في الاتجاهين</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="86"/>
        <source>Also list this story among the related stories of the other</source>
        <translation>أضف هذا الخبر أيضًا إلى الأخبار ذات الصلة بالخبر الآخر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="91"/>
        <source>Find a story by its headline</source>
        <translation>ابحث عن خبر بكلمات من عنوانه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="97"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="105"/>
        <source>Pin suggestion</source>
        <translation>ثبّت الاقتراح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="108"/>
        <source>Related stories (in page order)</source>
        <translation>مقالات ذات صلة (بترتيب الصفحة)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="123"/>
        <source>Suggestions</source>
        <translation>اقتراحات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="164"/>
        <source>Score %1</source>
        <translation>الدرجة %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="214"/>
        <source>No story has those words in its headline.</source>
        <translation>لا يوجد خبر في عنوانه هذه الكلمات.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="221"/>
        <source>History of “%1”</source>
        <translation>سجل «%1»</translation>
    </message>
</context>
<context>
    <name>RevisionPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="42"/>
        <source>Saved</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="43"/>
        <source>Autosave</source>
        <translation>حفظ تلقائي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="44"/>
        <source>Status change</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="45"/>
        <source>Restored</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="46"/>
        <source>Imported</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="54"/>
        <source>saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="55"/>
        <source>created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="56"/>
        <source>autosave</source>
        <translation>حفظ تلقائي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="57"/>
        <source>recovered from autosave</source>
        <translation>استُعيد من الحفظ التلقائي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="87"/>
        <source>Time</source>
        <extracomment>The story after a revision was restored.</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="88"/>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="89"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="90"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="91"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="100"/>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="207"/>
        <source>Restore this revision</source>
        <translation>استعد هذه النسخة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="176"/>
        <source>%1 → %2: %3 words added, %4 removed, %5 respelt.</source>
        <translation>%1 ← %2: أُضيفت %3 كلمة، وحُذفت %4، وتغيّر إملاء %5.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="177"/>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="190"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="190"/>
        <source>Summary</source>
        <translation>الموجز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/revisions/panel.py" line="190"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>ScoreExplainer</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/related/panel.py" line="43"/>
        <source>%n shared tags</source>
        <translation>
            <numerusform>لا وسوم مشتركة</numerusform>
            <numerusform>وسم مشترك واحد</numerusform>
            <numerusform>وسمان مشتركان</numerusform>
            <numerusform>%n وسوم مشتركة</numerusform>
            <numerusform>%n وسمًا مشتركًا</numerusform>
            <numerusform>%n وسم مشترك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/related/panel.py" line="45"/>
        <source>%n shared terms</source>
        <translation>
            <numerusform>لا كلمات مشتركة</numerusform>
            <numerusform>كلمة مشتركة واحدة</numerusform>
            <numerusform>كلمتان مشتركتان</numerusform>
            <numerusform>%n كلمات مشتركة</numerusform>
            <numerusform>%n كلمة مشتركة</numerusform>
            <numerusform>%n كلمة مشتركة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="47"/>
        <source>same section</source>
        <translation>القسم نفسه</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="49"/>
        <source>same day</source>
        <translation>اليوم نفسه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/related/panel.py" line="51"/>
        <source>%n days apart</source>
        <translation>
            <numerusform>الفارق أقل من يوم</numerusform>
            <numerusform>الفارق يوم واحد</numerusform>
            <numerusform>الفارق يومان</numerusform>
            <numerusform>الفارق %n أيام</numerusform>
            <numerusform>الفارق %n يومًا</numerusform>
            <numerusform>الفارق %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/related/panel.py" line="52"/>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/search_box.py" line="23"/>
        <source>Search stories…</source>
        <translation>ابحث في الأخبار…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/search_box.py" line="24"/>
        <source>Search headlines and text (Arabic spelling variants match)</source>
        <translation>البحث في العناوين والنصوص (تُطابَق أشكال الكتابة العربية المختلفة)</translation>
    </message>
</context>
<context>
    <name>SpellHighlighter</name>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="152"/>
        <source>; </source>
        <extracomment>Paragraphs checked in one turn of the event loop (a paragraph of news is 40-80 words). The status after loading: SpellStatus (its ``message`` says what is missing). (first, last) document positions on screen, to underline those first; set by the editor that shows the document. Paragraphs waiting for their turn, and how many were checked in this turn.</extracomment>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="159"/>
        <source>Loading dictionaries…</source>
        <translation>جارٍ تحميل القواميس…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="161"/>
        <source>Spell checking is off: %1</source>
        <translation>التدقيق الإملائي معطّل: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="165"/>
        <source>Spell checking is partial: %1</source>
        <translation>التدقيق الإملائي جزئي: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="222"/>
        <source>No suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/spell/highlighter.py" line="225"/>
        <source>Add to dictionary</source>
        <translation>أضف إلى القاموس</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/newsdesk/ui/application.py" line="33"/>
        <source>Newsdesk</source>
        <translation>مكتب الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/application.py" line="34"/>
        <source>Newsdesk cannot open the database.</source>
        <translation>تعذّر على مكتب الأخبار فتح قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="75"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="76"/>
        <source>Submitted</source>
        <translation>مُرسَل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="77"/>
        <source>Editing</source>
        <translation>قيد التحرير</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="78"/>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="79"/>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="80"/>
        <source>Corrected</source>
        <translation>مُصحَّح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="81"/>
        <source>Killed</source>
        <translation>مسحوب</translation>
    </message>
</context>
<context>
    <name>StoryEditorTab</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="392"/>
        <source>This story holds formatting the editor cannot keep (%1). Saving turns it into plain paragraphs and text; close without saving to leave it as it is.</source>
        <extracomment>Body or any inspector field changed (also on undo/redo). The unsaved-changes state flipped. Tab title (headline) changed. Saved; carries the stored story. A story saved as a copy from the conflict dialog: the area opens it in a new tab. Focus mode asked on or off. A message for the window&apos;s status bar.</extracomment>
        <translation>في هذا الخبر تنسيق لا يستطيع المحرر الاحتفاظ به (%1). الحفظ يحوّله إلى فقرات ونص عادي؛ أغلقه دون حفظ لتبقيه كما هو.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="399"/>
        <source>New story</source>
        <translation>خبر جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="415"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="418"/>
        <source>Saved (version %1)</source>
        <translation>حُفظ (النسخة %1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="464"/>
        <source>Conflict resolved (version %1)</source>
        <translation>حُلّ التعارض (النسخة %1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="476"/>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="477"/>
        <source>The correction note readers will see:</source>
        <translation>ملاحظة التصحيح التي سيراها القراء:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="489"/>
        <source>Status not changed</source>
        <translation>لم تتغير الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="497"/>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="551"/>
        <source>Image not added</source>
        <translation>لم تُضف الصورة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="561"/>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="562"/>
        <source>Address (empty removes the link):</source>
        <translation>العنوان (اتركه فارغاً لإزالة الرابط):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="625"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n كلمة</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="626"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n حرف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%n أحرف</numerusform>
            <numerusform>%n حرفاً</numerusform>
            <numerusform>%n حرف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="627"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n دقيقة قراءة</numerusform>
            <numerusform>دقيقة قراءة</numerusform>
            <numerusform>دقيقتا قراءة</numerusform>
            <numerusform>%n دقائق قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
            <numerusform>%n دقيقة قراءة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="636"/>
        <source>Headline: %1 / %2</source>
        <translation>العنوان: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="671"/>
        <source>Add images</source>
        <translation>أضف صوراً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/tab.py" line="671"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>صور (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>StoryInspector</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="226"/>
        <source>Choose…</source>
        <extracomment>Any field was edited by the user. The user asked to move the story to this status.</extracomment>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="227"/>
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="234"/>
        <source>Featured image</source>
        <translation>الصورة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="241"/>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="242"/>
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="243"/>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="249"/>
        <source>Move</source>
        <translation>انقل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="259"/>
        <source>1 is the most important</source>
        <translation>1 هي الأهم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="265"/>
        <source>For the desk only; never published</source>
        <translation>للمحررين فقط؛ لا تُنشر أبداً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="270"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="272"/>
        <source>Kicker</source>
        <translation>العنوان التمهيدي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="273"/>
        <source>Dek</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="274"/>
        <source>Slug</source>
        <translation>الاسم في الرابط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="276"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="277"/>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="278"/>
        <source>Dateline</source>
        <translation>مكان الخبر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="279"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="281"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="282"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="283"/>
        <source>Embargo until</source>
        <translation>محظور حتى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="284"/>
        <source>Publish at</source>
        <translation>يُنشر في</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="285"/>
        <source>Editor&apos;s note</source>
        <translation>ملاحظة المحرر</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="286"/>
        <source>Corrections</source>
        <translation>التصحيحات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="322"/>
        <source>(no section)</source>
        <translation>(بلا قسم)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="380"/>
        <source>Save the story first</source>
        <translation>احفظ الخبر أولاً</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="384"/>
        <source>Published: the address is out there and cannot change</source>
        <translation>منشور: الرابط متداول ولا يمكن تغييره</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="386"/>
        <source>Empty: made from the headline when saved</source>
        <translation>فارغ: يُصنع من العنوان عند الحفظ</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="404"/>
        <source>No featured image</source>
        <translation>لا صورة رئيسية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/editor/inspector.py" line="462"/>
        <source>Address: %1</source>
        <translation>الرابط: %1</translation>
    </message>
</context>
<context>
    <name>StoryListPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/panel.py" line="130"/>
        <source>Search is not available</source>
        <translation>البحث غير متاح</translation>
    </message>
</context>
<context>
    <name>StoryPane</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_pane.py" line="75"/>
        <source>%n stories selected: the list&apos;s actions apply to all of them.</source>
        <translation>
            <numerusform>لا خبر محدد.</numerusform>
            <numerusform>خبر واحد محدد: تنطبق عليه إجراءات القائمة.</numerusform>
            <numerusform>خبران محددان: تنطبق عليهما إجراءات القائمة.</numerusform>
            <numerusform>%n أخبار محددة: تنطبق عليها كلها إجراءات القائمة.</numerusform>
            <numerusform>%n خبرًا محددًا: تنطبق عليها كلها إجراءات القائمة.</numerusform>
            <numerusform>%n خبر محدد: تنطبق عليها كلها إجراءات القائمة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_pane.py" line="83"/>
        <source>Choose a story in the list to read it here.</source>
        <translation>اختر خبرًا من القائمة لقراءته هنا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_pane.py" line="94"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n كلمة</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_pane.py" line="100"/>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
</context>
<context>
    <name>StoryTableModel</name>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="46"/>
        <source>Status</source>
        <extracomment>(key, sort key, header text)</extracomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="47"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="48"/>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="49"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="50"/>
        <source>Authors</source>
        <translation>الكتّاب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="51"/>
        <source>Main tag</source>
        <translation>الوسم الرئيسي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="52"/>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="53"/>
        <source>Updated</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/story_list/model.py" line="54"/>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
</context>
<context>
    <name>StoryTableView</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/story_list/view.py" line="178"/>
        <source>%n stories</source>
        <translation>
            <numerusform>لا أخبار</numerusform>
            <numerusform>خبر واحد</numerusform>
            <numerusform>خبران</numerusform>
            <numerusform>%n أخبار</numerusform>
            <numerusform>%n خبرًا</numerusform>
            <numerusform>%n خبر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagField</name>
    <message>
        <location filename="../../src/newsdesk/ui/tags/tag_field.py" line="91"/>
        <source>Add a tag and press Enter</source>
        <translation>اكتب وسمًا واضغط Enter</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/tag_field.py" line="227"/>
        <source>Main tag</source>
        <translation>الوسم الرئيسي</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="45"/>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="118"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="54"/>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="55"/>
        <source>Slug</source>
        <translation>المعرّف في الرابط</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="56"/>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="101"/>
        <source>Stories</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="57"/>
        <source>Main tag of</source>
        <translation>وسم رئيسي في</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="58"/>
        <source>Last used</source>
        <translation>آخر استخدام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="59"/>
        <source>Hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="70"/>
        <source>New…</source>
        <translation>جديد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="71"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="72"/>
        <source>Merge selected…</source>
        <translation>دمج المحدد…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="73"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="81"/>
        <source>Description of the selected tag</source>
        <translation>وصف الوسم المحدد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="83"/>
        <source>Save description</source>
        <translation>حفظ الوصف</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="101"/>
        <source>Keep</source>
        <translation>يُبقى</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="101"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="104"/>
        <source>Merge this group</source>
        <translation>ادمج هذه المجموعة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="109"/>
        <source>Tags that differ only in spelling, a clitic or one letter.</source>
        <translation>وسوم لا تختلف إلا في الإملاء أو في سابقة متصلة أو في حرف واحد.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="119"/>
        <source>Duplicates</source>
        <translation>المكررات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="156"/>
        <source>spelling</source>
        <translation>الإملاء</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="157"/>
        <source>clitic</source>
        <translation>سابقة متصلة</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="158"/>
        <source>one letter</source>
        <translation>حرف واحد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="169"/>
        <source>Duplicates (%1)</source>
        <translation>المكررات (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="209"/>
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="209"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="211"/>
        <source>Tag created.</source>
        <translation>أُنشئ الوسم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="216"/>
        <source>Select one tag to rename.</source>
        <translation>اختر وسمًا واحدًا لإعادة تسميته.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="219"/>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="225"/>
        <source>Rename tag</source>
        <translation>إعادة تسمية الوسم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="219"/>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="227"/>
        <source>Published stories carry this tag, so its page address is public. Change the address too?</source>
        <translation>تحمل أخبار منشورة هذا الوسم، فعنوان صفحته معروف للقراء. أتغيّر العنوان أيضًا؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="233"/>
        <source>Tag renamed.</source>
        <translation>أُعيدت تسمية الوسم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="239"/>
        <source>Select two tags or more to merge.</source>
        <translation>اختر وسمين أو أكثر لدمجها.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="243"/>
        <source>Merge %1 into %2?</source>
        <translation>أتدمج %1 في %2؟</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="244"/>
        <source>Merge tags</source>
        <translation>دمج الوسوم</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="249"/>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="274"/>
        <source>Tags merged.</source>
        <translation>دُمجت الوسوم.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="255"/>
        <source>Select one tag to delete.</source>
        <translation>اختر وسمًا واحدًا لحذفه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="258"/>
        <source>Delete %1? %n stories will no longer carry it.</source>
        <translation>
            <numerusform>أتحذف %1؟ لا يحمله أي خبر.</numerusform>
            <numerusform>أتحذف %1؟ سيفقده خبر واحد.</numerusform>
            <numerusform>أتحذف %1؟ سيفقده خبران.</numerusform>
            <numerusform>أتحذف %1؟ ستفقده %n أخبار.</numerusform>
            <numerusform>أتحذف %1؟ سيفقده %n خبرًا.</numerusform>
            <numerusform>أتحذف %1؟ سيفقده %n خبر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="259"/>
        <source>Delete tag</source>
        <translation>حذف الوسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/tags/manager.py" line="263"/>
        <source>Tag deleted from %n stories.</source>
        <translation>
            <numerusform>حُذف الوسم ولم يكن في أي خبر.</numerusform>
            <numerusform>حُذف الوسم من خبر واحد.</numerusform>
            <numerusform>حُذف الوسم من خبرين.</numerusform>
            <numerusform>حُذف الوسم من %n أخبار.</numerusform>
            <numerusform>حُذف الوسم من %n خبرًا.</numerusform>
            <numerusform>حُذف الوسم من %n خبر.</numerusform>
        </translation>
    </message>
</context>
</TS>
