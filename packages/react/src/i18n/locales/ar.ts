import type { DeepPartial, GiftKitLocaleStrings } from '../types';

// Arabic is partial on purpose: it proves right-to-left layout and key-by-key English fallback.
const ar: DeepPartial<GiftKitLocaleStrings> = {
  common: { loading: 'جارٍ التحميل…', retry: 'حاول مرة أخرى', close: 'إغلاق', cancel: 'إلغاء', save: 'حفظ', continue: 'متابعة', back: 'رجوع' },
  date: { label: 'التاريخ', hour: 'الساعة' },
  timeZone: { label: 'المنطقة الزمنية', search: 'ابحث عن منطقة زمنية' },
  errors: { NETWORK: 'تعذّر الوصول إلى الخدمة. تحقّق من اتصالك وحاول مرة أخرى.', UNKNOWN: 'حدث خطأ ما. حاول مرة أخرى.' },
};

export default ar;
