"""Furniture phrases in scripts no language module covers (Chinese, Japanese, Thai, Arabic): the commonest
page furniture only. Pages in these scripts have no detected language (no stop words), so the patterns
apply to every page, beside English (a line of European text holds none of their characters); they are
short, whole lines or line openings, so a paragraph that mentions sharing or copyright stays.
"""

#: Reason code -> regular expressions over the normalised line (see ``newsclean.lang.en`` for the format).
PATTERNS: dict[str, tuple[str, ...]] = {
    "advert_marker": (r"^(?:广告|廣告|赞助内容|広告|スポンサーリンク|โฆษณา|إعلان|اعلان)\W*$",),
    "subscription_prompt": (
        r"订阅(?:我们的|本报|本站)|訂閱(?:我們的|本報)|^(?:请|請)?输入(?:您的|你的)?(?:电子)?(?:邮箱|邮件地址)\W*$",
        r"ニュースレター\W{0,3}(?:を)?(?:購読|登録)|^メールアドレス(?:を入力(?:してください)?)?\W*$",
        r"^สมัคร(?:รับ)?(?:จดหมายข่าว|ข่าวสาร)|^กรอกอีเมล|^อีเมลของคุณ\W*$",
        r"^اشترك في (?:نشرتنا|النشرة)|^(?:أدخل|ادخل) (?:بريدك|البريد) الإلكتروني|^اشترك(?: الآن)?\W*$",
    ),
    "social_share": (
        r"^(?:分享|分享到|分享至|转发)(?:\W{1,5}(?:微信|微博|朋友圈|qq空间|qq|facebook|twitter|line)){0,10}\W*$",
        r"^(?:シェア(?:する)?|この記事をシェアする|ツイート|共有する|ブックマーク)\W*$",
        r"^(?:แชร์|แชร์บทความนี้|แชร์ข่าวนี้|แบ่งปัน)\W*$",
        r"^(?:شارك|شارك المقال|شارك الخبر|مشاركة)\W*$",
    ),
    "comment_prompt": (
        r"^(?:发表评论|我要评论|网友评论|评论|コメント(?:する|を書く)?|แสดงความคิดเห็น|التعليقات|أضف تعليق|اترك تعليقا)\W*$",
    ),
    "cross_link": (
        r"^(?:相关阅读|相關閱讀|相关新闻|相关文章|延伸阅读|推荐阅读|阅读更多|関連記事|関連ニュース|あわせて読みたい"
        r"|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง|อ่านต่อ|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|اقرأ المزيد|أخبار ذات صلة)(?:\W|$)",
    ),
    "footer": (
        r"版权所有|版權所有|保留所有权利|不得转载|無断転載|สงวนลิขสิทธิ์|جميع الحقوق محفوظة|حقوق النشر محفوظة",
        r"^(?:关于我们|联系我们|隐私政策|会社概要|お問い合わせ|プライバシーポリシー|利用規約|เกี่ยวกับเรา|ติดต่อเรา"
        r"|من نحن|اتصل بنا|سياسة الخصوصية)(?:\W{1,5}\w{2,12}){0,10}\W*$",
    ),
    "navigation": (r"^(?:首页|首頁|返回首页|ホーム|トップページ|หน้าแรก|หน้าหลัก|الرئيسية|الصفحة الرئيسية)\W*$",),
}
