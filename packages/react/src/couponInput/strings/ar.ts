import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const ar: FlowStrings<typeof en> = {
  title: 'الرمز الترويجي',
  label: 'الرمز الترويجي',
  apply: 'تطبيق',
  remove: 'إزالة الرمز',
  applied: 'تم تطبيق الرمز {{code}}.',
  removed: 'أُزيل الرمز.',
  badFormat: 'يتكوّن الرمز من حروف وأرقام وشرطات فقط.',
  empty: 'أدخل رمزًا ترويجيًا أولًا.',
  tooLong: 'لا يتجاوز الرمز {{max}} حرفًا.',
  oneCode: 'رمز واحد لكل طلب: أزِل هذا الرمز لاستخدام رمز آخر.',
  unapplied: 'طبّق هذا الرمز أو امسح الحقل قبل الدفع.',
  hints: {
    COUPON_NOT_FOUND: 'تتكوّن الرموز من حروف وأرقام وشرطات؛ قارِنه بالرمز الوارد في بريدك الإلكتروني.',
    COUPON_INACTIVE: 'اطلب من المرسِل رمزًا ساريًا.',
    COUPON_EXPIRED: 'ابحث عن عرض أحدث، أو اشترِ بالسعر العادي.',
    COUPON_LIMIT_REACHED: 'استخدمه بالفعل كل من يحق له ذلك.',
    COUPON_CUSTOMER_MISMATCH: 'سجّل الدخول بالحساب الذي أُرسل إليه الرمز.',
    COUPON_FIRST_TIME_ONLY: 'يصلح للعملاء الذين لم يشتروا من قبل.',
    COUPON_MINIMUM_NOT_MET: 'اختر خطة أطول لبلوغ الحد الأدنى.',
    COUPON_NOT_APPLICABLE: 'يصلح لعروض أخرى فقط.',
    COUPON_CURRENCY_MISMATCH: 'إنه مخصّص لأسعار بعملة أخرى.',
  },
};

export default ar;
