import { Controls, Description, Primary, Stories, Subtitle, Title, useOf } from '@storybook/addon-docs/blocks';

/**
 * The autodocs page. A flow's stories each run against their own simulated platform (a
 * scenario behind one MSW worker), so rendering them all on one page would mix their
 * platforms: for those, the page shows the primary story and the props, and the sidebar
 * lists every state. Primitives and other platform-free stories are all shown.
 */
export function GiftKitDocsPage() {
  const resolved = useOf('meta');
  const parameters = resolved.type === 'meta' ? resolved.preparedMeta.parameters : {};
  const giftkit = parameters.giftkit as { scenario?: string } | undefined;
  const usesPlatform = Boolean(giftkit?.scenario);
  return (
    <>
      <Title />
      <Subtitle />
      <Description />
      <Primary />
      <Controls />
      {usesPlatform ? (
        <p>Every state of this flow is its own story in the sidebar, each with its own simulated platform.</p>
      ) : (
        <Stories />
      )}
    </>
  );
}
