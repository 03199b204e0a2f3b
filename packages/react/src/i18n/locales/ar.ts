import type { DeepPartial, GiftKitLocaleStrings } from '../types';

// Arabic is partial on purpose: it proves right-to-left layout and key-by-key English fallback.
const ar: DeepPartial<GiftKitLocaleStrings> = {
  common: { loading: 'جارٍ التحميل…', retry: 'حاول مرة أخرى', close: 'إغلاق', cancel: 'إلغاء', save: 'حفظ', continue: 'متابعة', back: 'رجوع' },
  date: { label: 'التاريخ', hour: 'الساعة' },
  timeZone: { label: 'المنطقة الزمنية', search: 'ابحث عن منطقة زمنية' },
  errors: { NETWORK: 'تعذّر الوصول إلى الخدمة. تحقّق من اتصالك وحاول مرة أخرى.', UNKNOWN: 'حدث خطأ ما. حاول مرة أخرى.' },
  // Enough of the checkout for a gift purchase to read right to left (Storybook: Checkout, Arabic).
  checkout: {
    title: 'إتمام الشراء',
    offer: { heading: 'مشترياتك' },
    mode: { legend: 'لمن هذا الاشتراك؟', myself: 'لنفسي', gift: 'كهدية' },
    summary: { heading: 'ملخص السعر', offerPrice: 'السعر', tax: 'شامل الضريبة', total: 'الإجمالي اليوم' },
    payment: { heading: 'الدفع', pay: 'ادفع {{total}}' },
    done: { giftHeading: 'تم حجز هديتك', recipient: 'المستلم', offer: 'العرض', delivery: 'موعد التسليم', total: 'المبلغ المدفوع' },
  },
  deliveryForm: {
    title: 'تفاصيل التسليم',
    recipientEmail: 'البريد الإلكتروني للمستلم',
    recipientEmailConfirmation: 'أكّد البريد الإلكتروني للمستلم',
    recipientName: 'اسم المستلم',
    personalNote: 'رسالة شخصية',
  },
};

export default ar;
