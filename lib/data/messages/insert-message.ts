import type { InputJsonValue } from "@/lib/data/json";
import type { Transaction } from "@/lib/data/transaction";

export type NewMessage = {
  fromIdentityId: string;
  toIdentityId: string | null;
  messageType: string;
  messageSubject: string;
  messageBody: InputJsonValue;
  status: string;
  readAt?: Date | null;
  createdAt: Date;
};

export function insertMessage(tx: Transaction, message: NewMessage) {
  return tx.instanceMessage.create({ data: message });
}
