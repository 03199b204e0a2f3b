// Public exports of this flow; re-exported from the package entry.
export { GiftDeliveryForm, type GiftDeliveryFormProps, type DeliverySubmitContext } from './GiftDeliveryForm';
export { GiftDeliveryFields, type GiftDeliveryFieldsProps } from './GiftDeliveryFields';
export {
  useGiftDeliveryForm,
  deliveryFormValuesFrom,
  emptyDeliveryFormValues,
  type UseGiftDeliveryFormOptions,
  type GiftDeliveryFormState,
  type DeliveryFormResult,
} from './useGiftDeliveryForm';
