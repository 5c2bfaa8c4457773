import type { NewMessage } from "@/lib/data/messages/insert-message";
import type { Transaction } from "@/lib/data/transaction";

export function insertMessages(tx: Transaction, messages: NewMessage[]) {
  return tx.instanceMessage.createMany({ data: messages });
}
