import type { FlowStrings } from '../../i18n/types';
import type en from './en';

const ar: FlowStrings<typeof en> = {
  title: 'تفاصيل التسليم',
  recipientEmail: 'البريد الإلكتروني للمستلم',
  recipientEmailHint: 'سنرسل الهدية إلى هذا العنوان.',
  recipientEmailConfirmation: 'أكّد البريد الإلكتروني للمستلم',
  recipientName: 'اسم المستلم',
  whenLegend: 'متى تريد أن تصل الهدية؟',
  sendNow: 'الإرسال اليوم',
  sendNowHint: 'يختار الساعة الكاملة التالية: تُرسَل الهدايا في بداية كل ساعة.',
  deliveryZone: 'منطقتك الزمنية',
  scheduled: 'ستُرسَل الهدية في {{time}}.',
  gapResolved: 'الوقت {{requested}} غير موجود (تُقدَّم الساعة)، لذا ستُرسَل الهدية في {{time}}.',
  overlapResolved: 'الوقت {{requested}} يتكرر مرتين (تُؤخَّر الساعة)؛ ستُرسَل الهدية في المرة الأولى، في {{time}}.',
  recipientZoneToggle: 'اعرض الوقت لدى المستلم بمنطقة زمنية أخرى',
  recipientZone: 'المنطقة الزمنية للمستلم',
  recipientArrival: 'تصل إلى المستلم في {{time}} بتوقيته.',
  personalNote: 'رسالة شخصية',
  personalNoteHint: 'نص عادي، يظهر للمستلم كما كتبته.',
  submit: 'حفظ تفاصيل التسليم',
};

export default ar;
